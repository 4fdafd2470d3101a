import { memo, useMemo } from 'react'
import type { BoardContent } from '@causeway/model'
import { t } from '../i18n'
import { thumbnailShapes } from './thumbnail'

const W = 160
const H = 100

/** A small picture of the template's content, drawn locally from its data. */
export const TemplateThumbnail = memo(function TemplateThumbnail({ content, title }: { content: BoardContent; title: string }) {
  const shapes = useMemo(() => thumbnailShapes(content, W, H), [content])
  return (
    <svg className="template-thumb" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('templates.thumbnail', { title })}>
      <rect className="template-thumb-bg" width={W} height={H} rx={6} />
      {shapes.map((s, i) =>
        s.type === 'rect' ? (
          <rect key={i} className={`thumb-${s.kind}`} x={s.x} y={s.y} width={s.w} height={s.h} rx={2} />
        ) : s.type === 'circle' ? (
          <circle key={i} className={`thumb-${s.kind}`} cx={s.cx} cy={s.cy} r={s.r} />
        ) : (
          <line key={i} className={`thumb-link thumb-link-${s.polarity === '-' ? 'minus' : 'plus'}`} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
        ),
      )}
    </svg>
  )
})
