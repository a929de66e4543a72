/**
 * Held-out batch 55, file d3: the texts of the Stack Overflow question page of file d2 (question, answers, comments, code) and the
 * builders of its repeated parts (vote cell with tooltips, post menu, user card, comment list, answer block).
 */
export const soTitle = 'sqlite3 "database is locked" from a second thread even with timeout=30';
const c = (t: string): string => `<code>${t}</code>`;
export const soQ1 = [
  'I have a small Flask app that writes job results to an SQLite file. A background thread writes progress rows every few seconds while request ' +
    'handlers insert finished results. Each thread opens its own connection with a 30-second timeout, but under load I still get ' +
    `${c('sqlite3.OperationalError: database is locked')} almost immediately, not after 30 seconds.`,
];
export const soQ2 = [
  `The request handlers follow the same pattern: a ${c('SELECT')} first, then an ${c('INSERT')}, then ${c('commit()')}. The journal mode is the ` +
    "default. Why doesn't the timeout apply here, and what is the right way to let two threads write without this error?",
];
export const soCode1 = `<span class="hljs-keyword">import</span> sqlite3, threading

<span class="hljs-keyword">def</span> <span class="hljs-title function_">worker</span>(<span class="hljs-params">db_path</span>):
    conn = sqlite3.connect(db_path, timeout=<span class="hljs-number">30</span>)
    cur = conn.cursor()
    cur.execute(<span class="hljs-string">"SELECT count(*) FROM jobs WHERE state = 'running'"</span>)
    running = cur.fetchone()[<span class="hljs-number">0</span>]
    cur.execute(<span class="hljs-string">"UPDATE progress SET running = ?"</span>, (running,))
    conn.commit()`;
export const soH = ['Why the timeout does not help', 'Fix: take the write lock up front'];
export const soA1i = 'In short, the two connections are waiting on each other, so no timeout can help.';
export const soA1a = [
  'The timeout only covers the case where SQLite can wait for a lock to be released. ' +
    `In the default rollback-journal mode, the ${c('SELECT')} gives each connection a shared lock. When both connections then try to write, each ` +
    `needs the other to drop its shared lock first. Neither will, so SQLite detects the deadlock and returns ${c('SQLITE_BUSY')} to one of them straight away.`,
];
export const soA1b = [
  `Start the transaction with ${c('BEGIN IMMEDIATE')}, which takes the reserved lock before the read. The second thread then waits on the busy ` +
    'timeout as you expected, instead of deadlocking.',
];
const soCode2 = `conn = sqlite3.connect(db_path, timeout=30, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
running = conn.execute("SELECT count(*) FROM jobs WHERE state = 'running'").fetchone()[0]
conn.execute("UPDATE progress SET running = ?", (running,))
conn.execute("COMMIT")`;
export const soA1c = [
  `Setting ${c('isolation_level=None')} stops the module from opening transactions on its own, so your explicit ${c('BEGIN')} is the one that counts.`,
];
export const soA2a = [
  'Switching the database to WAL mode helps a lot with this kind of workload as well. Readers no longer block the writer and the writer no longer ' +
    'blocks readers, so the read-then-write pattern collides far less often:',
];
export const soA2b = [
  'It is a persistent setting stored in the database file, so you only need to run it once. Two writers still cannot write at the same moment, ' +
    `and WAL does not remove the lock upgrade problem completely, so combine it with ${c('BEGIN IMMEDIATE')} from the accepted answer.`,
  'Note that WAL does not work on network file systems, so keep the file on a local disk.',
];
export const soA3 = [
  'Another option if the writes are small: hand all writes to a single thread through a queue. The request handlers put tuples on a ' +
    `${c('queue.Queue')} and one writer thread owns the only connection that writes. This removes lock contention entirely and makes the order ` +
    'of writes predictable, at the cost of the handlers not knowing when their row has actually been committed.',
];
interface SoComment {
  id: number;
  score?: string;
  text: string;
  user: string;
  rep: string;
  date: string;
}
export const soQC: SoComment[] = [
  {
    id: 139871102,
    score: '2',
    text:
      'Are both threads reading before they write inside the same transaction? That pattern can deadlock, and SQLite gives up on one side ' +
      'immediately instead of waiting.',
    user: 'Priya Raman',
    rep: '18,221 reputation',
    date: 'Sep 18 at 9:31',
  },
  {
    id: 139871160,
    text: "Yes, both read first and then write before committing. I hadn't realised that mattered.",
    user: 'Oskar Lindqvist',
    rep: '1,204 reputation',
    date: 'Sep 18 at 9:40',
  },
];
export const soAC: SoComment[] = [
  {
    id: 139872398,
    score: '3',
    text: 'That fixed it. The errors are gone and writes now wait as expected. Thank you for the clear explanation.',
    user: 'Oskar Lindqvist',
    rep: '1,204 reputation',
    date: 'Sep 18 at 10:41',
  },
];
export const soComments = (
  id: number,
  list: SoComment[],
): string => `<div class="post-layout--right js-post-comments-component"><div id="comments-${id}" class="comments
 js-comments-container bt bc-black-075 mt12" data-post-id="${id}" data-min-length="15"><ul class="comments-list js-comments-list"
 data-remaining-comments-count="0"
 data-canpost="false" data-cansee="true">${list
   .map(
     (k) => `<li id="comment-${k.id}" class="comment js-comment" data-comment-id="${k.id}"><div class="js-comment-actions comment-actions"><div
 class="comment-score
 js-comment-score">${k.score ? `<span title="number of &#39;useful comment&#39; votes received" class="cool">${k.score}</span>` : ''}</div></div>
<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${k.text}</span> <div
 class="d-inline-flex
 ai-center">&ndash;&nbsp;<a href="/users/${k.id % 100000}/x" title="${k.rep}" class="comment-user">${k.user}</a></div> <span class="comment-date"
 dir="ltr"><span
 title="2025-09-18 09:31:05Z, License: CC BY-SA 4.0" class="relativetime-clean">${k.date}</span></span></div></div></li>`,
   )
   .join(
     '\n',
   )}</ul></div><div id="comments-link-${id}"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest
 improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>`;
const tip = (t: string): string => `<div class="s-popover s-popover__tooltip" role="tooltip">${t}<div class="s-popover--arrow"></div></div>`;
export const voteCell = (
  kind: 'question' | 'answer',
  score: string,
  accepted = false,
): string => `<div class="votecell post-layout--left"><div class="js-voting-container
 d-flex jc-center fd-column ai-center gs4 fc-black-300"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" data-controller="s-tooltip"
 aria-pressed="false" aria-label="Up vote"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18"><path
 d="M1 12h16L9 4z"></path></svg></button>
${tip(kind === 'question' ? 'This question shows research effort; it is useful and clear' : 'This answer is useful')}
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"
 data-value="${score}">${score}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon
 iconArrowDown" width="18" height="18"><path d="M1 6h16l-8 8z"></path></svg></button>
${tip(kind === 'question' ? 'This question does not show any research effort; it is unclear or not useful' : 'This answer is not useful')}
<button class="js-saves-btn s-btn s-btn__unset c-pointer py4" type="button"><svg aria-hidden="true" class="fc-theme-primary-500 svg-icon iconBookmark"
 width="18"
 height="18"><path d="M3 17V3c0-1.1.9-2 2-2h8a2 2 0 0 1 2 2v14l-6-4z"></path></svg></button>${tip(`Save this ${kind}.`)}
${
  accepted
    ? `<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" title="Loading when this answer was accepted…" role="note"
 aria-label="Accepted"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36"><path
 d="m6 14 8 8L30 6v8L14 30l-8-8z"></path></svg></div>`
    : ''
}
<a href="/posts/${kind}/timeline" class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" aria-label="Timeline"><svg aria-hidden="true"
 class="mln2 mr0 svg-icon iconHistory" width="19" height="18"><path
 d="M3 9a8 8 0 1 1 3.73 6.77"></path></svg></a>${tip('Show activity on this post.')}</div></div>`;
export const userCard = (
  action: string,
  when: string,
  name: string,
  rep: string,
  badges: [string, string, string],
  owner = true,
): string => `<div class="post-signature
${owner ? 'owner ' : ''}flex--item"><div class="user-info user-hover"><div class="user-action-time">${action} <span title="2025-09-18 10:05:11Z"
 class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a href="/users/1/x"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/${name.length}abc.png?s=64"
 alt="${name}'s user avatar" width="32"
 height="32" class="bar-sm"></div></a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a
 href="/users/1/x">${name}</a><span
 class="d-none" itemprop="name">${name}</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${rep}</span>${(
   ['gold', 'silver', 'bronze'] as const
 )
   .map((b, i) =>
     badges[i] === '0'
       ? ''
       : `<span title="${badges[i]} ${b} badges" aria-hidden="true"><span class="badge${i + 1}"></span><span class="badgecount">${badges[i]}</span></span><span
 class="v-visible-sr">${badges[i]} ${b} badges</span>`,
   )
   .join('')}</div></div></div></div>`;
export const postMenu = (
  kind: string,
  extra = '',
): string => `<div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div
 class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/1" rel="nofollow" itemprop="url"
 class="js-share-link js-gps-track" title="Short permalink to this ${kind}"
 data-controller="se-share-sheet" data-se-share-sheet-license-name="CC BY-SA 4.0">Share</a></div>
<div class="flex--item"><a href="/posts/1/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this ${kind}</a></div><div class="flex--item"><button
 type="button" class="s-btn s-btn__link js-follow-post js-gps-track"
 data-controller="s-tooltip" data-s-tooltip-placement="bottom">Follow</button></div></div></div></div>${extra}</div>`;
export const prose = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
export const pre = (code: string, lang = 'py'): string => `<pre class="lang-${lang} s-code-block"><code class="hljs language-python">${code}</code></pre>`;
export const answer = (
  id: number,
  score: string,
  body: string,
  card: string,
  accepted = false,
  comments = '',
): string => `<a name="${id}"></a><div id="answer-${id}"
 class="answer js-answer${accepted ? ' accepted-answer js-accepted-answer' : ''}" data-answerid="${id}" data-score="${score}"
 itemprop="${accepted ? 'acceptedAnswer' : 'suggestedAnswer'}"
 itemscope itemtype="https://schema.org/Answer"><div class="post-layout">${voteCell('answer', score, accepted)}<div class="answercell post-layout--right"><div
 class="s-prose
 js-post-body" itemprop="text">
${body}
</div>${postMenu('answer', card)}</div>${comments}</div></div>`;
export const soA1html = `<p>${soA1i}</p>\n<h2>${soH[0]}</h2>\n${prose(soA1a)}\n<h2>${soH[1]}</h2>\n${prose(soA1b)}\n${pre(soCode2)}\n${prose(soA1c)}`;
