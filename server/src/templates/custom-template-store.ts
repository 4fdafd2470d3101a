import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { validateTemplate } from '@causeway/templates'
import type { Template } from '@causeway/templates'

/**
 * Custom templates as one JSON file each under DATA_DIR/custom-templates. They are written once
 * and never change, so files need no schema or migrations; every read is validated again.
 */
const ID_RE = /^custom-[a-z0-9]{16,40}$/

export function newCustomTemplateId(): string {
  // 100 bits of randomness: share links cannot be guessed.
  const bytes = randomBytes(20)
  let s = ''
  for (const b of bytes) s += '0123456789abcdefghijklmnopqrstuvwxyz'[b % 36]
  return `custom-${s}`
}

export function isCustomTemplateId(id: string): boolean {
  return ID_RE.test(id)
}

/**
 * A stored template file exists but cannot be used (unreadable, not JSON, or no longer valid).
 * Not "not found": the share link is right and the file needs an IT person, so callers log it
 * and answer 500. `file` and `reason` say which file and why, for the log.
 */
export class CorruptTemplateError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Stored custom template ${file} cannot be used: ${reason}`)
  }
}

export class CustomTemplateStore {
  constructor(private readonly dir: string) {}

  async save(template: Template): Promise<void> {
    if (!isCustomTemplateId(template.id)) throw new Error('not a custom template id')
    await mkdir(this.dir, { recursive: true })
    const file = join(this.dir, `${template.id}.json`)
    // Write-then-rename: a crash never leaves a half-written template behind.
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, JSON.stringify(template))
    await rename(tmp, file)
  }

  /** The template, or null if there is no such id; throws CorruptTemplateError for a bad file. */
  async get(id: string): Promise<Template | null> {
    if (!isCustomTemplateId(id)) return null
    const file = join(this.dir, `${id}.json`)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new CorruptTemplateError(file, `unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})`)
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new CorruptTemplateError(file, 'not valid JSON')
    }
    const checked = validateTemplate(value)
    if (!checked.ok) {
      const first = checked.errors[0]!
      throw new CorruptTemplateError(file, `invalid template (${first.path}: ${first.message})`)
    }
    return checked.template
  }
}

export function customTemplateStore(dataDir: string): CustomTemplateStore {
  return new CustomTemplateStore(join(dataDir, 'custom-templates'))
}
