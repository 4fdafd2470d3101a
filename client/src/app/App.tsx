import { HomePage } from '../home/HomePage'
import { BoardPage } from '../board/BoardPage'
import { ErrorScreen } from './ErrorScreen'
import { parseRoute, usePathname } from './router'

export function App() {
  const route = parseRoute(usePathname())
  if (route.page === 'home') return <HomePage />
  if (route.page === 'board') return <BoardPage key={route.id} boardId={route.id} />
  return <ErrorScreen title="404" body="" />
}
