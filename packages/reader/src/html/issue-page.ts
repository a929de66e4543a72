import { squash, type DomDocument, type DomElement } from './dom.js';
import { endsSentence } from './sentences.js';

/**
 * An issue tracker's page (round 100, after batch 431: YouTrack, Phabricator, Redmine and Jira pages whose description outweighs
 * their three or four comments): its comments are the issue's discussion, read with the description as forum posts are, though
 * they hold less prose than the description. An issue page is told by three marks together: its `<title>` carries an issue's
 * key ("PIDE-3320", "T2714", "Bug #4312", "Issue #57", "(#318)"), two or more of a tracker's field labels stand as texts of their
 * own ("Assignee", "Priority", "Status", "Milestone" ...), and two or more boxes named as comments hold a sentence. A
 * newsletter's "Issue #45" with comments under it shows no field labels.
 */
export function isIssuePage(doc: DomDocument, commentNames: (el: DomElement) => string): boolean {
  const title = squash(doc.title);
  if (!ISSUE_KEY.test(title) && !ISSUE_WORD.test(title)) return false;
  const labels = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    if (el.children.length > 1) continue;
    const text = squash(el.textContent).replace(/:$/, '').toLowerCase();
    if (FIELD_LABELS.has(text)) labels.add(text);
  }
  if (labels.size < FIELDS_MIN) return false;
  const comments = Array.from(doc.querySelectorAll('body *')).filter(
    (el) => COMMENT_WORD.test(commentNames(el)) && Array.from(el.querySelectorAll('p, div, span')).some((p) => sentenceBlock(squash(p.textContent))),
  );
  return comments.length >= COMMENTS_MIN;
}
/** An issue's key: a project's letters and a number ("PIDE-3320", "HPY-812"), Phabricator's "T2714", "#318". */
const ISSUE_KEY = /(?:^|[\s([])(?:[A-Z][A-Z0-9]{1,9}-\d{3,}|T\d{3,}|#\d{2,})(?=$|[\s)\]:,·])|^\d{4,} [-–] /;
const ISSUE_WORD = /\b(?:issue|bug|ticket|task)\s+#?\d{2,}\b/i;
const FIELD_LABELS = new Set([
  'assignee',
  'assignees',
  'assigned to',
  'reporter',
  'reported by',
  'priority',
  'status',
  'severity',
  'milestone',
  'labels',
  'component',
  'components',
  'resolution',
  'subscribers',
  'participants',
  'fix version',
  'fix versions',
  'target milestone',
  'due date',
  'sprint',
]);
const FIELDS_MIN = 2;
const COMMENTS_MIN = 2;
const COMMENT_WORD = /(?:^|[\s_-])comments?(?:$|[\s_-])/i;
const sentenceBlock = (text: string): boolean => text.length >= 40 && endsSentence(text);
