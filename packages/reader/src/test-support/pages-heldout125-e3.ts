/** Held-out batch 125, file e3: the article text and code of the dev.to post in file e2. */
export const dvTitle = 'Postgres partial indexes saved our job queue';
export const dvP1 = [
  `We run background jobs out of a plain Postgres table. No Redis, no separate queue service, just a table called <code>jobs</code> and a
handful of workers polling it. It has worked well for three years. Last month it started to fall over.`,
];
export const dvH1 = 'The symptom';
export const dvP2 = ['Workers poll for the next job with a query like this one, every 200 milliseconds:'];
export const dvCode1 = `<span class="k">SELECT</span> <span class="n">id</span><span class="p">,</span> <span class="n">payload</span> <span
class="k">FROM</span> <span
class="n">jobs</span>
<span class="k">WHERE</span> <span class="n">status</span> <span class="o">=</span> <span class="s1">'pending'</span> <span class="k">AND</span> <span
class="n">run_at</span> <span class="o">&lt;=</span> <span class="n">now</span><span class="p">()</span>
<span class="k">ORDER</span> <span class="k">BY</span> <span class="n">run_at</span> <span class="k">LIMIT</span> <span class="mi">1</span>
<span class="k">FOR</span> <span class="k">UPDATE</span> <span class="k">SKIP</span> <span class="k">LOCKED</span><span class="p">;</span>`;
export const dvP3 = [
  `The query had been taking under a millisecond for years. By early October it was taking 300 to 400 milliseconds, and with twelve workers
polling, the database was spending most of its time answering the same question.`,
];
export const dvH2 = 'What had changed';
export const dvP4 = [
  `Nothing in the query or the code. What had changed was the table. We never deleted finished jobs, because we used them for reporting,
and the table had grown to a little over 40 million rows. Only a few hundred of those were ever pending at any moment.`,
  `We had an index on <code>(status, run_at)</code>, and Postgres was using it. But because the index covered every row, it was large, and
the entries for pending jobs were scattered through it. Every poll was reading far more of the index than it needed to.`,
];
export const dvH3 = 'The fix';
export const dvP5 = ['A partial index only includes the rows that match a condition. We created one for pending jobs only:'];
export const dvCode2 = `<span class="k">CREATE</span> <span class="k">INDEX</span> <span class="k">CONCURRENTLY</span> <span
class="n">jobs_pending_run_at_idx</span>
  <span class="k">ON</span> <span class="n">jobs</span> <span class="p">(</span><span class="n">run_at</span><span class="p">)</span>
  <span class="k">WHERE</span> <span class="n">status</span> <span class="o">=</span> <span class="s1">'pending'</span><span class="p">;</span>`;
export const dvP6 = [
  `The new index holds a few hundred entries instead of 40 million. The polling query went back under a millisecond straight away, and CPU
on the database dropped by about 60 per cent.`,
  'Two things to watch if you try this:',
];
export const dvL1 = [
  `The query’s <code>WHERE</code> clause has to match the index condition, or Postgres cannot use the index. <code>status = 'pending'</code>
in both places is fine; a bind parameter in place of <code>'pending'</code> is not.`,
  'Build the index with <code>CONCURRENTLY</code> on a busy table, or you will block writes while it builds.',
];
export const dvH4 = 'What we did next';
export const dvP7 = [
  `We also dropped the old <code>(status, run_at)</code> index, since nothing else used it, and now move jobs older than ninety days into an
archive table each night. The reporting queries run against the archive, and the live table stays small.`,
  `If you use Postgres as a queue, and plenty of us do, a partial index on the pending rows is probably the cheapest performance fix you
will ever make.`,
];
