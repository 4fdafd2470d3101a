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

  async get(id: string): Promise<Template | null> {
    if (!isCustomTemplateId(id)) return null
    let text: string
    try {
      text = await readFile(join(this.dir, `${id}.json`), 'utf8')
    } catch {
      return null
    }
    try {
      const checked = validateTemplate(JSON.parse(text))
      return checked.ok ? checked.template : null
    } catch {
      return null
    }
  }
}

export function customTemplateStore(dataDir: string): CustomTemplateStore {
  return new CustomTemplateStore(join(dataDir, 'custom-templates'))
}
