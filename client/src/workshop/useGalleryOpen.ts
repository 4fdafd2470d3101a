import { useEffect, useState } from 'react'
import { workshopApi } from './api'

/** The server does not tell boards when the gallery opens, so a participant's tab asks now and then. */
const CHECK_EVERY_MS = 20_000

/**
 * Whether the facilitator has opened the gallery walk, checked on load, when the tab comes back
 * into view, and every CHECK_EVERY_MS while it is visible (a hidden tab asks nothing).
 */
export function useGalleryOpen(workshopId: string, token: string): boolean {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    let live = true
    const check = () => {
      if (document.visibilityState === 'hidden') return
      workshopApi.galleryBoards(workshopId, token).then(
        () => live && setOpen(true),
        () => live && setOpen(false),
      )
    }
    check()
    const timer = setInterval(check, CHECK_EVERY_MS)
    document.addEventListener('visibilitychange', check)
    window.addEventListener('focus', check)
    return () => {
      live = false
      clearInterval(timer)
      document.removeEventListener('visibilitychange', check)
      window.removeEventListener('focus', check)
    }
  }, [workshopId, token])
  return open
}
