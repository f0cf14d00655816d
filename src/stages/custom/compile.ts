/**
 * A teacher's stage as the rest of the app sees a stage: the same `Stage` shape the Check, the
 * panel and the classroom use. Its id carries a prefix, so it never collides with a built-in one
 * and its progress sits beside theirs under a name of its own.
 */
export const CUSTOM_STAGE_PREFIX = 'custom:';

export const isCustomStageId = (id: string): boolean => id.startsWith(CUSTOM_STAGE_PREFIX);

/** The app-wide stage id of a teacher's stage `id`. */
export const customStageId = (id: string): string => `${CUSTOM_STAGE_PREFIX}${id}`;
