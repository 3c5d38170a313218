import type { Event } from '../../shared/decider';

export type ThemeDefinedData = {
  themeId: string;
  cycleId: string;
  name: string;
  objectiveRef?: string;
};

export type ThemeDefined = Event<'ThemeDefined', ThemeDefinedData>;

export type ThemeEvent = ThemeDefined;
