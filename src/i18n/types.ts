/**
 * Types of the string catalogs. English (`src/i18n/en/<area>.ts`) is the source of truth: every other locale's
 * `<area>.ts` is `export default {…} satisfies Catalog<'<area>'>`, so a missing or extra key fails the type check,
 * and `npm run build` (.ci/i18n-check.mjs) also checks placeholders and that every key is used.
 */
import type { ErrorCode } from '../core/errors.js';
import type call from './en/call.js';
import type compliance from './en/compliance.js';
import type consent from './en/consent.js';
import type core from './en/core.js';
import type coreConfig from './en/core-config.js';
import type coreEnd from './en/core-end.js';
import type coreMedia from './en/core-media.js';
import type identity from './en/identity.js';
import type notices from './en/notices.js';
import type people from './en/people.js';
import type guest from './en/guest.js';

/** One catalog per area and locale; an area is what one lazily loaded part of the UI needs. */
export interface Catalogs {
  /** Pre-join and joining (English: in the pasted script). */
  core: typeof core;
  /** Configuration-error messages (loaded only when the configuration is wrong). */
  'core-config': typeof coreConfig;
  /** In-call/end-screen strings of the host and the other error messages (with the join driver). */
  'core-end': typeof coreEnd;
  /** Device pickers and device notices of the pre-join screen. */
  'core-media': typeof coreMedia;
  /** Call view, gallery, controls, chat panel. */
  call: typeof call;
  /** Recording/transcription banner. */
  compliance: typeof compliance;
  /** Explicit-consent dialog. */
  consent: typeof consent;
  /** Notice stack. */
  notices: typeof notices;
  /** People panel. */
  people: typeof people;
  /** The pre-join identity chooser (`identity="choice"`). */
  identity: typeof identity;
  /** Guest features: captions, reactions, spotlight, breakout rooms, picture-in-picture (issue 16). */
  guest: typeof guest;
}

export type Area = keyof Catalogs;

/** What a locale's catalog of `area` must hold: exactly English's keys, every value a string. */
export type Catalog<A extends Area> = Shape<Catalogs[A]>;
type Shape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? Plural : Shape<T[K]>;
};

/**
 * A string that depends on a count: one form per plural category the locale has (Intl.PluralRules: English
 * one/other, Arabic zero/one/two/few/many/other, Russian and Polish one/few/many/other, Japanese other only).
 * `other` is always there; the build checks each locale has exactly its categories. Used through `plural()`.
 */
export interface Plural {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type CoreStrings = Catalogs['core'];
export type CoreEndStrings = Catalogs['core-end'];
export type CoreMediaStrings = Catalogs['core-media'];
export type CallStrings = Catalogs['call'];
export type ComplianceStrings = Catalogs['compliance'];
export type ConsentStrings = Catalogs['consent'];
export type NoticesStrings = Catalogs['notices'];
export type PeopleStrings = Catalogs['people'];
export type GuestStrings = Catalogs['guest'];

/** Codes whose messages the pasted script itself holds (shown without anything lazy having loaded). */
export type CoreErrorCode = keyof CoreStrings['errors'];
/** Codes whose messages are in the lazy configuration-error catalog. */
export type ConfigErrorCode = keyof Catalogs['core-config'];

/** Everything the host element shows: the four core areas merged (the element holds this once all arrived). */
export type FullCoreStrings = Omit<CoreStrings, 'errors'> &
  Omit<CoreEndStrings, 'errors'> &
  CoreMediaStrings & { errors: Record<ErrorCode, string> };
