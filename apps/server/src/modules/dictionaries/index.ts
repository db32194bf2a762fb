export { dictionariesRoutes } from './dictionaries.routes';
export { dictionariesService } from './dictionaries.service';
