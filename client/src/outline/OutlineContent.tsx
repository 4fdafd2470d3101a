import { tl } from '../loops/messages'
import type { OutlineSections } from './outlineText'

/** The outline as headed lists; used in the dialog and in the printed page. */
export function OutlineContent({ sections, truncated, headingLevel }: { sections: OutlineSections; truncated: boolean; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3'
  if (!sections.links.length && !sections.loops.length && !sections.groups.length) return <p>{tl('outline.empty')}</p>
  return (
    <>
      {sections.links.length > 0 && (
        <section>
          <H>{tl('outline.links')}</H>
          <ul>
            {sections.links.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {sections.loops.length > 0 && (
        <section>
          <H>{tl('outline.loops')}</H>
          <ul data-testid="outline-loops">
            {sections.loops.map((loop) => (
              <li key={loop.key}>
                {loop.line}
                <ul>
                  {loop.links.map((link, i) => (
                    <li key={i}>{link}</li>
                  ))}
                </ul>
                {loop.note && <p className="outline-note">{tl('outline.note', { note: loop.note })}</p>}
              </li>
            ))}
          </ul>
          {truncated && <p>{tl('outline.truncated')}</p>}
        </section>
      )}
      {sections.groups.map((g) => (
        <section key={g.key} data-testid="outline-group">
          <H>{g.title}</H>
          {g.items.length > 0 && (
            <ul>
              {g.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
          {g.parts.length > 0 && (
            <ul>
              {g.parts.map((p) => (
                <li key={p.title}>
                  {p.title}
                  {p.items.length > 0 && (
                    <ul>
                      {p.items.map((item, i) => (
                        <li key={i}>{item}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}
