import { xmlEscape } from './xml'

/**
 * HTML to embed a board's read-only view in a school site or LMS page. Only http(s) URLs are
 * accepted: a `javascript:` URL in an iframe src would run in the embedding page.
 */
export function embedSnippet(viewUrl: string, title: string): string {
  if (!/^https?:\/\//i.test(viewUrl)) throw new Error('embedSnippet needs an http(s) URL.')
  return (
    `<iframe src="${xmlEscape(viewUrl)}" title="${xmlEscape(title)}" width="800" height="600" ` +
    'style="border:0" loading="lazy" referrerpolicy="no-referrer" allowfullscreen></iframe>'
  )
}
