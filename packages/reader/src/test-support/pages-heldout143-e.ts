import { type TestPage, texts } from './page-kit.js';
import { docsyPost } from './pages-heldout143-e2.js';

/**
 * Held-out batch 143, file e: a Svbtle post (the left sidebar header with the blog logo, the author's name as an h1, the
 * tagline and the user links, the Svbtle wordmark, the post title as a linked h1, the text with a code block, the side
 * and bottom Kudos buttons, the post time, the "Now read this" box with "Continue →", and the Svbtle footer) and, from
 * file e2, a blog post on a Hugo site with the Docsy theme.
 */
const title = 'Write the migration before the feature';
const p1 = [
  'Every team I have worked on has had the same argument about database migrations, usually at about four o’clock on a ' +
    'Thursday. The feature is done, the tests pass, and someone asks how the new column is going to get filled in for the ' +
    'eighty million rows that already exist. There is a silence. Then someone says they will write a script.',
  'I have started doing it the other way round: I write the migration first, before any of the code that uses it, and I ship ' +
    'it on its own. It has saved me more grief than any other habit I have picked up in fifteen years of this job.',
];
const h1 = 'What that looks like';
const p2 = [
  'Say we want to add a <code>timezone</code> column to <code>accounts</code>, defaulting to whatever the account’s billing ' +
    'address suggests. The order I follow now is:',
];
const steps = [
  'Add the column, nullable, with no code reading it. Ship that.',
  'Backfill it in batches, from a job that can be paused and resumed. Ship that, and let it run.',
  'Start writing the value for new accounts. Ship that.',
  'Only then build the feature that reads it, and make the column non-nullable once you are sure every row has a value.',
];
const p3 = [
  'Four deploys instead of one. It feels slow. It is not slow, because none of those deploys will page anyone at two in ' +
    'the morning, and the feature deploy at the end is boring, which is what you want.',
];
const code = `<pre><code class="prettyprint">UPDATE accounts SET timezone = guess_timezone(billing_country)
WHERE id BETWEEN $1 AND $2 AND timezone IS NULL;</code></pre>`;
const p4 = [
  'The backfill above runs in slices of ten thousand ids. The <code>timezone IS NULL</code> check means I can run it as many ' +
    'times as I like, and if it falls over halfway through, I just start it again.',
];
const h2 = 'Why it works';
const p5 = [
  'Mostly, it separates the two things that go wrong. Migrations fail because of data: a row nobody expected, a lock held ' +
    'too long, a table bigger than the staging copy. Features fail because of logic. When you ship them together, you debug ' +
    'both at once, under pressure, with the feature half-live.',
  'It also makes the data visible early. By the time I am building the feature, the column has been filled for a week and I ' +
    'can look at it. Twice now that has shown me that my guess about the data was wrong, and both times I was very glad to ' +
    'find out before the screen that depended on it went out.',
  'None of this is new. It is how most careful teams already work. But I have watched enough people, including me, skip it ' +
    'when they are in a hurry that I think it is worth writing down.',
];
const tagline = 'Software, mostly the unglamorous parts.';
const links = ['about', 'mastodon', 'github', 'email'];
const readNext = [
  'The on-call handbook we actually use',
  'Two years ago our on-call rotation was a spreadsheet and a shared phone. This is what we replaced it with, and the four rules that…',
];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const kudo = (where: string): string => `<figure class="kudo able clearfix${where}" id="kudo_Tz8mQaXr41bWc"><a href="#kudo"><div class="filling">&nbsp;</div>
</a><div class="num">184</div><div class="txt">Kudos</div></figure>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} • Tobiah Marsh</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="description" content="Every team I have worked on has had the same argument about database migrations.">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Tobiah Marsh on Svbtle"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-02T09:13:27-07:00"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://tobiahmarsh.svbtle.example/write-the-migration-before-the-feature">
<link rel="alternate" type="application/atom+xml" title="Atom Feed" href="https://tobiahmarsh.svbtle.example/feed">
<link rel="stylesheet" href="https://svbtle.example/assets/application-3f2d1c0b9a.css" media="all">
<style>.kudo .filling{background-color:#2f6e8a} a{color:#2f6e8a}</style>
<script src="https://svbtle.example/assets/application-8a7e6d5c4b.js"></script></head>
<body class="blog-post"><header id="sidebar"><figure id="user_logo"><a href="/"><div class="logo_image" style="background-image:
url(https://svbtleusercontent.example/tobiahmarsh_small.png)"></div></a></figure><h1><a href="https://tobiahmarsh.svbtle.example" id="user_blog_link">Tobiah
Marsh</a></h1><h2 id="user_tagline">${tagline}</h2><ul id="user_links" class="user_links">
${links.map((l) => `<li class="link"><a href="https://tobiahmarsh.svbtle.example/${l}">${l}</a></li>`).join('\n')}
</ul><aside class="svbtle-wordmark"><a href="https://svbtle.example"><span class="logo_square"></span>Svbtle</a></aside></header>
<section id="river"><article id="Tz8mQaXr41bWc" class="post"><h1 class="article_title"><a
href="https://tobiahmarsh.svbtle.example/write-the-migration-before-the-feature">${title}</a></h1>${kudo(' kudo_side')}
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<ol>${steps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
${ps(p3)}
${code}
${ps(p4)}
<h2>${h2}</h2>
${ps(p5)}
<p class="article_time"><time datetime="2025-06-02T09:13:27-07:00">June 2, 2025</time></p>
<aside class="kudo_wrapper">${kudo('')}</aside></article>
<aside id="readnext"><div class="readnext_header"><a href="https://tobiahmarsh.svbtle.example/the-on-call-handbook"><h4>Now read this</h4></a></div>
<h2 class="readnext_title"><a href="https://tobiahmarsh.svbtle.example/the-on-call-handbook">${readNext[0]}</a></h2><p class="readnext_content">${readNext[1]}
<a href="https://tobiahmarsh.svbtle.example/the-on-call-handbook" class="continue">Continue →</a></p></aside></section>
<footer id="foot" class="cf"><p><a href="https://svbtle.example/terms">Terms</a> • <a href="https://svbtle.example/privacy">Privacy</a> • <a
href="https://svbtle.example/promise">Promise</a></p><p id="svbtle_powered"><a href="https://svbtle.example"><span
class="logo_square"></span>Svbtle</a></p></footer>
<script>$(function() { $.kudos({ post: "Tz8mQaXr41bWc", url: "https://tobiahmarsh.svbtle.example/write-the-migration-before-the-feature" }); });</script>
</body></html>`;
const svbtle: TestPage = {
  html,
  name: 'heldout143-svbtle-blog',
  kind: 'blog',
  // the blog's name is an h1 in the sidebar and the post title a linked h1; the code block is in neither list; the post
  // time is a byline; the Kudos counters, the "Now read this" box and the footer are furniture
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...steps, ...p3, ...p4, ...p5]),
  bylines: ['Tobiah Marsh', 'June 2, 2025'],
  furniture: [tagline, ...links, 'Svbtle', '184', 'Kudos', 'Now read this', ...readNext, 'Continue →', 'Terms', 'Privacy', 'Promise'],
};

export const HELDOUT143_E: readonly TestPage[] = [svbtle, docsyPost];
