import { en } from './en'

/**
 * Messages for the current language. Other modules add their own keys with registerMessages()
 * at import time, so nobody has to edit en.ts to add a string.
 */
const messages: Record<string, string> = { ...en }

export function registerMessages(extra: Record<string, string>): void {
  Object.assign(messages, extra)
}

/** Looks a message up and fills `{name}` placeholders; an unknown key shows itself, so it is noticed. */
export function t(key: string, vars?: Record<string, string | number>): string {
  const template = messages[key] ?? key
  if (!vars) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )
}
