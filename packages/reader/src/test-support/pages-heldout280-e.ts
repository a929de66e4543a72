import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout280-kit.js';
import { discourse } from './pages-heldout280-e2.js';

/**
 * Held-out batch 280, file e: a Buttondown newsletter archive issue (header with the newsletter name, Archives and
 * Subscribe links, h1 subject and date, the e-mail body with h2s, a table and a figure, the share row, the previous /
 * next issue links, one comment, the subscribe form and the "Powered by Buttondown" line) and, from file e2, a Discourse
 * topic whose posts came in by e-mail in mailing-list mode, as the crawler view saves it.
 */
const bTitle = 'Issue #42: Counting moths at the edge of the field';
const bHeads = ['The trap', 'What turned up', 'What I am doing next'];
const bIntro = [
  j(
    'Hello again. This fortnight I finally did the thing I have been putting off since last summer: I set a moth trap at',
    'the bottom of the long meadow, where the hedge meets the ditch, and left it running for six nights in a row.',
  ),
];
const bTrap = [
  j(
    'The trap is nothing clever. It is a plastic box with a bulb on top and a funnel underneath, and a few egg boxes inside',
    'for the moths to settle in. I borrowed it from Wilf at the village recording group, who has been running one in his',
    'garden for thirty years and keeps every record in a set of green notebooks.',
  ),
  j(
    'Each morning I opened it at first light, before the birds worked out where breakfast was, photographed anything I',
    'could not name, and let everything go in the long grass. The whole job took about forty minutes a day.',
  ),
];
const bTurned = [
  j(
    'Six nights gave me 214 moths of 31 species, which Wilf says is a good count for early spring on heavy clay. The',
    'commonest were the ones you would expect this early in the year:',
  ),
];
const bTable = ['Common Quaker', '58', 'Hebrew Character', '41', 'Clouded Drab', '23', 'Early Grey', '9'];
const bTurned2 = [
  j(
    'The surprise was a single Barred Hook-tip on the fourth night, which has not been recorded in the parish since the',
    'seventies. It is a beech specialist, and the nearest beeches I know of are in the churchyard, half a mile away.',
  ),
];
const bNext = [
  'Run the trap for one night a week through the summer, always at the same spot.',
  'Send the records to the county recorder at the end of each month, not in one heap in October.',
  'Try a second site by the churchyard beeches, to see whether the hook-tip was a wanderer.',
];
const bOutro = ['If you have a trap of your own and want to compare notes, just reply to this email. I read every one. Until next time.'];
const bCaption = 'A Hebrew Character on an egg box, fourth morning.';
const bShare = ['Share this email:', 'Share on Bluesky', 'Share on LinkedIn', 'Share via email'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bTitle} • Hedgerow Notes</title>
<meta name="description" content="This fortnight I set a moth trap at the bottom of the long meadow and left it running for six nights.">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Hedgerow Notes">
<meta property="article:published_time" content="2026-03-03T08:00:00+00:00"><meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" title="Hedgerow Notes" href="https://buttondown.example/hedgerownotes/rss">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}","datePublished":"2026-03-03T08:00:00+00:00",
"author":{"@type":"Person","name":"Marnie Selwood"},"publisher":{"@type":"Organization","name":"Hedgerow Notes"}}</script>
<link rel="stylesheet" href="https://buttondown.example/static/archive.css"></head>
<body class="archive-page"><div class="page"><header class="header"><a class="header__name" href="https://buttondown.example/hedgerownotes"><img class="avatar"
src="https://assets.buttondown.example/icons/hedgerow.png" alt=""><span class="newsletter-name">Hedgerow Notes</span></a>
<nav class="header__actions"><a href="https://buttondown.example/hedgerownotes/archive">Archives</a><a class="button button--primary"
href="https://buttondown.example/hedgerownotes">Subscribe</a></nav></header>
<main class="email-detail"><div class="email-detail__header"><h1 class="email-detail__subject">${bTitle}</h1>
<div class="email-detail__metadata"><date datetime="2026-03-03">March 3, 2026</date></div></div>
<div class="email-body-content">
${ps(bIntro)}
<h2>${bHeads[0]}</h2>
${ps(bTrap)}
<h2>${bHeads[1]}</h2>
${ps(bTurned)}
<table><thead><tr><th>Species</th><th>Count</th></tr></thead><tbody>
${[0, 2, 4, 6].map((i) => `<tr><td>${bTable[i]}</td><td>${bTable[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
<figure><img src="https://assets.buttondown.example/images/hebrew-character.jpg" alt="A moth on an egg box"><figcaption>${bCaption}</figcaption></figure>
${ps(bTurned2)}
<h2>${bHeads[2]}</h2>
<ul>${bNext.map((n) => `<li>${n}</li>`).join('\n')}</ul>
${ps(bOutro)}
<p>Marnie</p>
</div>
<div class="email-detail__share"><span>${bShare[0]}</span> <a href="https://bsky.example/intent/compose?text=${encodeURIComponent(bTitle)}">${bShare[1]}</a>
<a href="https://www.linkedin.example/sharing/share-offsite/?url=https%3A%2F%2Fbuttondown.example%2Fhedgerownotes%2Farchive%2Fissue-42">${bShare[2]}</a>
<a href="mailto:?subject=${encodeURIComponent(bTitle)}">${bShare[3]}</a></div>
<nav class="email-detail__pagination"><a class="previous" href="/hedgerownotes/archive/issue-41">← Issue #41: The frogspawn census</a>
<a class="next" href="/hedgerownotes/archive/issue-43">Issue #43: A week of rain gauges →</a></nav>
<section class="comments"><h3>Comments</h3><div class="comment"><div class="comment__meta"><strong>Ansel Crabtree</strong> <span>March 4, 2026</span></div>
<p>A Barred Hook-tip on clay in March! We had one in the beech hanger at Coldharbour two years ago. Worth checking the churchyard.</p></div>
<p class="comments__login"><a href="/hedgerownotes/login">Sign in</a> to add a comment.</p></section></main>
<section class="subscribe-form"><p>Don't miss what's next. Subscribe to Hedgerow Notes:</p><form method="post"
action="https://buttondown.example/api/emails/embed-subscribe/hedgerownotes" class="embeddable-buttondown-form"><input type="email" name="email"
placeholder="Type your email..." aria-label="Email"><input type="submit" value="Subscribe"></form>
<div class="social-links"><a href="https://bsky.example/profile/hedgerownotes">Bluesky</a><a href="https://hedgerownotes.example">Website</a></div></section>
<footer class="footer"><p>Powered by <a href="https://buttondown.example/refer/hedgerownotes">Buttondown</a>, the easiest way to start and grow your
newsletter.</p></footer></div>
<script src="https://buttondown.example/static/archive.js" defer></script></body></html>`;
const buttondown: TestPage = {
  name: 'heldout280-buttondown-archive-issue-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([...bIntro, ...bTrap, ...bTurned, ...bTable, ...bTurned2, ...bNext, ...bOutro]),
  bylines: ['March 3, 2026', 'Marnie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hedgerow Notes', 'Archives', 'Subscribe', bCaption, ...bShare, '← Issue #41: The frogspawn census', 'Issue #43: A week of rain gauges →',
    'Comments', 'Ansel Crabtree', 'March 4, 2026',
    'A Barred Hook-tip on clay in March! We had one in the beech hanger at Coldharbour two years ago. Worth checking the churchyard.',
    'Sign in to add a comment.', "Don't miss what's next. Subscribe to Hedgerow Notes:", 'Bluesky', 'Website',
    'Powered by Buttondown, the easiest way to start and grow your newsletter.',
  ],
};

export const HELDOUT280_E: readonly TestPage[] = [buttondown, discourse];
