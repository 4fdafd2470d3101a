import { t } from '../i18n'
import { HomePage } from '../home/HomePage'
import { BoardPage } from '../board/BoardPage'
import { ErrorScreen } from './ErrorScreen'
import { CreateWorkshopPage } from '../workshop/CreateWorkshopPage'
import { FacilitatorDashboard } from '../workshop/FacilitatorDashboard'
import { JoinPage } from '../workshop/JoinPage'
import { parseRoute, usePathname } from './router'

export function App() {
  const route = parseRoute(usePathname())
  if (route.page === 'home') return <HomePage />
  if (route.page === 'board') return <BoardPage key={route.id} boardId={route.id} />
  if (route.page === 'newWorkshop') return <CreateWorkshopPage />
  if (route.page === 'workshop') return <FacilitatorDashboard key={route.id} workshopId={route.id} />
  if (route.page === 'join') return <JoinPage />
  return <ErrorScreen title={t('error.notFound.title')} body={t('error.notFound.body')} />
}
