/**
 * Characters XML 1.0 does not allow anywhere, not even as `&#…;` references: C0 controls but
 * tab/LF/CR (a PowerPoint line break pastes as `\v`), U+FFFE/U+FFFF, and halves of surrogate
 * pairs. One of them makes the whole SVG unreadable (and PNG/PDF export, which draw that SVG,
 * fail), so they are dropped. With the `u` flag a surrogate range matches only a lone
 * surrogate: a well-formed pair is one code point above U+FFFF and stays.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Text and attribute values: everything user-written goes through this. Numeric references,
 * not named entities, so the result is also safe pasted into HTML (`&apos;` is not HTML 4).
 */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
