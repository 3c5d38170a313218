import { DefineThemeHandler } from './define-theme.handler';

export const themeHandlers = [DefineThemeHandler];
