import { setTemplateGallery } from '../home/HomePage'
import { TemplateGallery } from './TemplateGallery'

// The home page renders whatever gallery is registered; importing this module registers ours.
setTemplateGallery(() => <TemplateGallery />)
