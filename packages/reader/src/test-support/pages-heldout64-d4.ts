import { texts } from './page-kit.js';
import type { SePost } from './pages-heldout64-d2.js';

/**
 * Held-out batch 64, file d4: the question, answers and comments of the Stack Overflow page of file d3 (the posts' HTML as the
 * site renders Markdown: paragraphs with inline code, highlighted code blocks, two h2 sections and a list in the accepted
 * answer), with the plain body texts the page's gold takes from them, and the 2025 left nav.
 */
export const soTitle = 'Partial index is ignored when the query runs as a prepared statement from node-postgres';
export const soNav = ['Home', 'Questions', 'AI Assist', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies', 'Collectives'];
const soQ = [
  'I have a <code>jobs</code> table with about 40 million rows, of which only a few thousand are ever in the <code>pending</code> state ' +
    'at one time. To make the worker’s polling query fast I added a partial index:',
  'When I run the query by hand in psql with the literal value, the plan uses the index and it takes under a millisecond:',
  'But the same query from our Node service, which uses node-postgres with a parameter for the status, gets slow after the first few ' +
    'runs, and <code>auto_explain</code> shows a sequential scan on <code>jobs</code> taking around 9 seconds:',
  'Why would the planner ignore the index only for the prepared version, and why does it start fast and then slow down? We are on ' + 'PostgreSQL 16.4.',
];
const soA1 = [
  'This is the generic plan kicking in. A named query in node-postgres is prepared once per connection and then executed with ' +
    'parameters. For the first five executions PostgreSQL plans it with the actual parameter values, a <em>custom plan</em>. After ' +
    'that it compares the average cost of those custom plans with the cost of a <em>generic plan</em> that does not know the values, ' +
    'and if the generic plan does not look much more expensive, it switches to it for good.',
];
const soH1 = 'Why the partial index cannot be used';
const soA2 = [
  'A partial index can only be used when the planner can prove that the query’s <code>WHERE</code> clause implies the index predicate. ' +
    "With a literal, <code>status = 'pending'</code> matches the predicate exactly. In a generic plan, <code>status = $1</code> could " +
    'be any value, so the planner cannot prove anything and the partial index is not a candidate at all.',
  'The generic plan’s cost estimate is based on the average selectivity of <code>status</code> across the whole table, which is far ' +
    'higher than the real number of pending rows. That is why it looks cheap enough to the planner and is still a disaster in practice.',
];
const soH2 = 'How to fix it';
const soA3 = ['There are three ways out, from most to least targeted:'];
const soList = [
  '<strong>Put the constant in the query text.</strong> If the worker only ever polls for pending jobs, there is no reason for ' +
    "<code>status</code> to be a parameter. With <code>status = 'pending'</code> written into the SQL, every plan, generic or " +
    'custom, can use the partial index.',
  '<strong>Force custom plans</strong> for the session with <code>SET plan_cache_mode = force_custom_plan</code>, for example in the ' +
    'pool’s <code>connect</code> handler. This keeps the parameter but re-plans on every execution, which costs a little planning time ' +
    'on each call.',
  '<strong>Drop the <code>name</code></strong> from the query config. Unnamed queries use the unnamed statement, which is planned with ' +
    'the actual values every time.',
];
const soA4 = [
  'If you do need the parameter, the session setting looks like this:',
  'I would go with the first option. The other two work, but they leave the query fragile: the next person to touch it can bring the ' +
    'problem back without noticing.',
];
const soA5 = [
  'You can confirm that this is what is happening without touching the code: run <code>EXPLAIN (GENERIC_PLAN)</code> on the ' +
    'parameterised query, which PostgreSQL 16 supports. If it shows the sequential scan, the generic plan is your problem.',
];
const soPre = (lang: string, code: string): string => `<pre class="lang-${lang} s-code-block"><code class="hljs language-${lang}">${code}</code></pre>`;
const ps = (t: readonly string[]): string => t.map((p) => `<p>${p}</p>`).join('\n');
const [q0, q1, q2, q3] = soQ.map((p) => `<p>${p}</p>`);
const [a40, a41] = soA4.map((p) => `<p>${p}</p>`);
const soSql1 = "CREATE INDEX jobs_pending_idx ON jobs (run_at) WHERE status = 'pending';";
const soSql2 = "EXPLAIN ANALYZE\nSELECT id FROM jobs\nWHERE status = 'pending' AND run_at &lt;= now()\nORDER BY run_at\nLIMIT 50;";
const soJs1 =
  "const { rows } = await pool.query({\n  name: 'poll-jobs',\n" +
  "  text: 'SELECT id FROM jobs WHERE status = $1 AND run_at &lt;= now() ORDER BY run_at LIMIT 50',\n" +
  "  values: ['pending'],\n});";
const soJs2 = "pool.on('connect', (client) =&gt; client.query('SET plan_cache_mode = force_custom_plan'));";
const hannah = { user: 'hannah.w', uid: 6610392 };
const laurent = { user: 'Laurent Besson', uid: 2209118 };
export const soPosts: SePost[] = [
  {
    ...{ id: 79481533, kind: 'question', score: 38, action: 'asked', date: 'Mar 3 at 13:58', iso: '2025-03-03T13:58:20' },
    ...{
      owner: { name: 'hannah.w', id: 6610392, rep: '1,893', badges: [0, 2, 11] },
      tags: ['postgresql', 'node.js', 'indexing', 'prepared-statement', 'node-postgres'],
    },
    html: [q0, soPre('sql', soSql1), q1, soPre('sql', soSql2), q2, soPre('js', soJs1), q3].join('\n'),
    comments: [
      {
        id: 140112870,
        score: 2,
        ...laurent,
        date: 'Mar 3 at 14:12',
        iso: '2025-03-03T14:12:09',
        html: 'What does <code>SHOW plan_cache_mode;</code> return on that server?',
      },
      {
        id: 140112901,
        score: 0,
        ...hannah,
        date: 'Mar 3 at 14:20',
        iso: '2025-03-03T14:20:33',
        html: '@LaurentBesson It says <code>auto</code>, which I assume is the default.',
      },
    ],
  },
  {
    ...{ id: 79481922, kind: 'answer', score: 61, accepted: true, action: 'answered', date: 'Mar 3 at 15:21', iso: '2025-03-03T15:21:47' },
    ...{ owner: { name: 'Miro Anttila', id: 1180433, rep: '48.2k', badges: [7, 52, 90] }, edited: ['Mar 3 at 17:05', '2025-03-03T17:05:12'] },
    html: [
      ps(soA1),
      `<h2>${soH1}</h2>`,
      ps(soA2),
      `<h2>${soH2}</h2>`,
      ps(soA3),
      `<ol>\n${soList.map((t) => `<li><p>${t}</p></li>`).join('\n')}\n</ol>`,
      a40,
      soPre('js', soJs2),
      a41,
    ].join('\n'),
    comments: [
      {
        ...{ id: 140113655, score: 5, ...hannah, date: 'Mar 3 at 16:48', iso: '2025-03-03T16:48:02' },
        html:
          'Moving the constant into the SQL fixed it: the poll is back to 0.4 ms and the plan stays put after thousands of runs. ' +
          'Thanks for explaining the five-execution rule, I had no idea that existed.',
      },
      {
        ...{ id: 140118820, score: 3, ...laurent, date: 'Mar 4 at 8:02', iso: '2025-03-04T08:02:51' },
        html:
          'Note that PgBouncer in transaction mode adds its own twist here, since a prepared statement may land on a different ' +
          'server connection. Worth checking if this shows up after adding a pooler.',
      },
      {
        ...{ id: 140119207, score: 1, user: 'Miro Anttila', uid: 1180433, date: 'Mar 4 at 9:30', iso: '2025-03-04T09:30:44' },
        html:
          '@LaurentBesson Good point. PgBouncer 1.21 and later can track protocol-level prepared statements, but only with ' +
          '<code>max_prepared_statements</code> set.',
      },
    ],
  },
  {
    ...{ id: 79484410, kind: 'answer', score: 9, action: 'answered', date: 'Mar 4 at 8:40', iso: '2025-03-04T08:40:15', comments: [] },
    ...{ owner: { name: 'bytebarn', id: 3350127, rep: '2,740', badges: [0, 0, 19] }, html: ps(soA5) },
  },
];
/** The plain body texts of each post, in page order (paragraphs and list items; code blocks out). */
export const soBodies: string[][] = [texts(soQ), texts([...soA1, ...soA2, ...soA3, ...soList, ...soA4]), texts(soA5)];
