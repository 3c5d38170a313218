import { ConfirmMutualThemeHandler } from './confirm-mutual-theme.handler';
import { ProposeMutualThemeHandler } from './propose-mutual-theme.handler';

export { MutualThemeFacts } from './mutual-theme-facts';

export const mutualThemeHandlers = [ProposeMutualThemeHandler, ConfirmMutualThemeHandler];
