import { byImportance, type Finding, type Level } from '../findings.js';

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPlan {
  /** What to emit as workflow commands, most important first. */
  emit: Finding[];
  /** How many of each level did not fit. */
  dropped: Record<Level, number>;
  /** The notice that says how many more there are, when any were dropped. */
  overflowNotice?: Finding;
}

/**
 * Picks the ten most important findings of each level and, when anything is left over,
 * one notice counting it, which takes one of the ten notice slots.
 */
export function planAnnotations(findings: readonly Finding[], reportHint = 'see the job summary'): AnnotationPlan {
  const sorted = [...findings].sort(byImportance);
  const byLevel: Record<Level, Finding[]> = { error: [], warning: [], notice: [] };
  for (const finding of sorted) byLevel[finding.level].push(finding);
  const dropped: Record<Level, number> = {
    error: Math.max(0, byLevel.error.length - ANNOTATIONS_PER_LEVEL),
    warning: Math.max(0, byLevel.warning.length - ANNOTATIONS_PER_LEVEL),
    notice: 0,
  };
  let noticeSlots = ANNOTATIONS_PER_LEVEL;
  const anyDroppedBeforeNotices = dropped.error + dropped.warning > 0;
  if (anyDroppedBeforeNotices || byLevel.notice.length > ANNOTATIONS_PER_LEVEL) noticeSlots -= 1;
  dropped.notice = Math.max(0, byLevel.notice.length - noticeSlots);
  const emit = [
    ...byLevel.error.slice(0, ANNOTATIONS_PER_LEVEL),
    ...byLevel.warning.slice(0, ANNOTATIONS_PER_LEVEL),
    ...byLevel.notice.slice(0, noticeSlots),
  ];
  const total = dropped.error + dropped.warning + dropped.notice;
  if (total === 0) return { emit, dropped };
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((level) => dropped[level] > 0)
    .map((level) => `${dropped[level]} ${level}${dropped[level] === 1 ? '' : 's'}`);
  const overflowNotice: Finding = {
    level: 'notice',
    title: `${total} more`,
    message: `${total} more — ${parts.join(', ')} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); ${reportHint}.`,
  };
  return { emit: [...emit, overflowNotice], dropped, overflowNotice };
}
