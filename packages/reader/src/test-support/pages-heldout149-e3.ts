/**
 * Held-out batch 149, file e3: the article text and furniture strings of the Tallyhook engineering blog post (file e2).
 */
export const nxjTitle = 'How we stopped autovacuum from stalling our busiest Postgres table';
export const nxjDek = 'Partitioning a 1.9-billion-row events table by month, without downtime, and what it did to our p99 latency.';
export const nxjP1 = [
  'Every Tallyhook invoice produces a trail of events: created, sent, viewed, reminded, paid. Those events live in a single Postgres ' +
    'table that our reporting, reminders and audit log all read from. By last autumn it held 1.9 billion rows and grew by about ' +
    'six million a day.',
  'For most of the day it behaved. But a few times a week, usually in the early afternoon, API latency for invoice pages would ' +
    'jump from around 80 milliseconds to several seconds for ten or fifteen minutes. This post is about finding out why, and the ' +
    'migration that fixed it.',
];
export const nxjH1 = 'The symptom';
export const nxjP2 = [
  'The slow periods lined up exactly with autovacuum runs on the events table. Each run had to scan a table of more than 600 GB, and ' +
    'while it did, it competed for I/O with the queries that served invoice pages. Worse, the runs kept getting longer, so they ' +
    'overlapped with our busiest hours more often.',
  'We tried the usual tuning first: more autovacuum workers, a higher cost limit, a lower scale factor for that one table. Each ' +
    'change helped for a few weeks. None of them changed the basic problem, which was that the table was simply too big to vacuum ' +
    'quickly.',
];
export const nxjH2 = 'Why the events table was special';
export const nxjP3 = ['Three things made this table harder than the rest of our schema:'];
export const nxjList1 = [
  'It was append-mostly, but a small share of recent rows were updated when reminders were rescheduled.',
  'Almost every query filtered on a time range, usually the last 90 days.',
  'Rows older than seven years had to be deleted for data retention, which we did with large nightly batches.',
];
export const nxjP4 = [
  'Those nightly deletes left millions of dead rows scattered through the table, which is exactly the work autovacuum then had to ' +
    'clean up, in the middle of the next working day.',
];
export const nxjH3 = 'Partitioning by month';
export const nxjP5 = [
  'Declarative partitioning by month solved all three at once. Recent partitions are small, so vacuuming them is quick. Queries for ' +
    'the last 90 days only touch three or four partitions. And retention becomes dropping a whole partition, which creates no dead ' +
    'rows at all.',
];
export const nxjCode = [
  'CREATE TABLE invoice_events_p (LIKE invoice_events INCLUDING ALL)',
  '  PARTITION BY RANGE (occurred_at);',
  '',
  'CREATE TABLE invoice_events_2025_03 PARTITION OF invoice_events_p',
  "  FOR VALUES FROM ('2025-03-01') TO ('2025-04-01');",
];
export const nxjH4 = 'The migration';
export const nxjP6 = ['We could not take the table offline, so the migration ran in four stages over three weeks:'];
export const nxjList2 = [
  'Create the partitioned table and write every new event to both tables from the application.',
  'Backfill old rows into the new table in batches of 50,000, throttled to stay below 30 percent of disk bandwidth.',
  'Compare row counts and checksums per day, then switch reads to the new table behind a feature flag.',
  'Stop writing to the old table, keep it for a week as a fallback, then drop it.',
];
export const nxjP7 = [
  'The backfill took eleven days. The read switch happened on a Tuesday morning and nobody outside the team noticed, which was ' + 'the goal.',
];
export const nxjH5 = 'What we would do differently';
export const nxjP8 = [
  'Since the switch, the p99 latency for invoice pages has stayed under 200 milliseconds, and the longest autovacuum run on any ' +
    'partition has been four minutes. The nightly retention job went from ninety minutes to under a second.',
  'If we did it again, we would partition much earlier. The migration was easy to reason about but slow to run, and almost all of ' +
    'that time went on copying rows that a partitioned table would never have needed to move. Any table that is filtered by time ' +
    'and grows without limit is now partitioned from the first day.',
];
export const nxjAnnounce = 'Tallyhook Payments is now available in the UK and Ireland.';
export const nxjNav = ['Product', 'Solutions', 'Pricing', 'Customers', 'Docs', 'Blog'];
export const nxjAuthors = [
  { name: 'Ines Carvalho', role: 'Staff Engineer, Platform' },
  { name: 'Joel Mbeki', role: 'Senior Engineer, Data' },
];
export const nxjShare = ['Share on X', 'Share on LinkedIn', 'Copy link'];
export const nxjHiring = [
  'We’re hiring',
  'Want to work on problems like this? Our platform team is hiring engineers in London and remotely across the UK.',
  'See open roles',
];
export const nxjNews = [
  'Subscribe to Tallyhook Engineering',
  'New posts from our engineers, about once a month. No marketing.',
  'Work email',
  'Subscribe',
  'By subscribing you agree to our Privacy Policy.',
];
export const nxjRelated = [
  { c: 'Engineering', t: 'Moving our background jobs off cron, one queue at a time', d: 'February 12, 2025' },
  { c: 'Engineering', t: 'What we learned from our first year of on-call rotations', d: 'January 22, 2025' },
  { c: 'Security', t: 'Rotating database credentials without restarting anything', d: 'December 4, 2024' },
];
export const nxjFootCols: readonly [string, string[]][] = [
  ['Product', ['Invoicing', 'Payments', 'Expenses', 'Integrations']],
  ['Company', ['About', 'Careers', 'Press', 'Contact']],
  ['Resources', ['Help centre', 'API status', 'Security', 'Developers']],
  ['Legal', ['Privacy', 'Terms', 'Cookie settings']],
];
export const nxjCopy = '© 2025 Tallyhook Ltd. Registered in England and Wales, company no. 11883204.';
export const nxjCookie = [
  'We use cookies to make Tallyhook work and to understand how people use it. You can accept all cookies or only the essential ones.',
  'Accept all',
  'Essential only',
  'Manage preferences',
];
