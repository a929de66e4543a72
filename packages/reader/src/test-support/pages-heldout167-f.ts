import { ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout167-kit.js';
import { KIT_ISSUE } from './pages-heldout167-f2.js';

/**
 * Held-out batch 167, file f: a Mataroa-like minimalist blog post (the one-line header nav with blog title, "Archive",
 * "About" and "RSS", the h1 and "Published on" byline, the post body with h2 headings, an ordered list and a blockquote,
 * the "Reply by email" block with the address, two replies the author published below the post, the newsletter box, the
 * owner's footer note and the "Powered by mataroa.blog" footer) and, from file f2, a Kit (ConvertKit) newsletter web
 * archive issue.
 */
const kTitle = 'What I learned looking after the village clock';
const kP1 = paras(`
For the last three years I have wound the clock on St Brannoc's tower every Sunday after the morning service. Nobody asked
me to, exactly. The previous keeper, Mr Pellow, had a bad knee and could no longer manage the ladder, and I happened to be
standing nearest when he mentioned it.

It turned out to be one of the more interesting things I have ever done. Here are some notes, mostly for whoever does it
after me.
`);
const kH1 = 'How it works';
const kP2 = paras(`
The clock was made in 1884 by a firm in Exeter. It has two trains of gears: one for the hands, one for the strike. Each is
driven by a weight on a steel cable, and winding means cranking both weights back up to the top of the tower, about ninety
turns each.

A full wind lasts eight days, so a week is safe with a day to spare. I have forgotten only once, and the whole village told
me about it by Tuesday.
`);
const kH2 = 'Keeping it on time';
const kP3 = paras(`The clock gains or loses depending on the weather. My routine, which I inherited from Mr Pellow and have barely changed, is:`);
const kList = [
  'Check the time against my phone when I arrive.',
  'If it is more than a minute out, nudge the hands using the setting dial, never by pushing the hands themselves.',
  'Adjust the pendulum nut a quarter turn if it has drifted the same way two weeks running.',
  'Write the date, the error and any adjustment in the log book on the shelf.',
];
const kP4 = paras(`
The log book goes back to 1951. Reading it is a lesson in patience. One keeper wrote, in the winter of 1963:
`);
const kQuote = 'Clock stopped, frozen solid. Have left it. It will start again when it wants to.';
const kP5 = paras(`It started again nine days later, on its own, and the next entry simply says "Going."`);
const kH3 = 'What I would tell the next keeper';
const kP6 = paras(`
Oil it twice a year and no more. Keep the trap door shut, because the pigeons will find a way in if you do not. And write
everything down, because one day somebody will want to know why the clock was four minutes slow in March 2025, and the
answer will be in the book.
`);
const kBody = [...kP1, ...kP2, ...kP3, ...kList, ...kP4, kQuote, ...kP5, ...kP6];
const kNav = ['Archive', 'About', 'RSS'];
const kReplies = [
  { who: 'Helen from the post office', text: 'We noticed the week you forgot. We also noticed it has been right ever since. Thank you.' },
  { who: 'Jory', text: 'My grandfather kept it in the seventies. His handwriting should be in that book somewhere.' },
];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} — Tamsin Roskilly</title><meta name="description" content="For the last three years I have wound the clock on St Brannoc's tower.">
<meta property="og:title" content="${kTitle}"><meta property="og:type" content="article"><meta property="og:url"
content="https://tamsin.mataroa.blog/blog/village-clock/">
<link rel="alternate" type="application/rss+xml" title="Tamsin Roskilly" href="https://tamsin.mataroa.blog/rss/">
<link rel="icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22></svg>">
<style>body{max-width:700px;margin:0 auto;padding:0 16px;font-family:sans-serif;line-height:1.6}.posts-byline{color:#666}</style>
<script defer data-domain="tamsin.mataroa.blog" src="/analytics.js"></script>
</head>
<body><header><nav><a href="/" class="blog-title">Tamsin Roskilly</a> —
${kNav.map((n) => `<a href="/${n.toLowerCase()}/">${n}</a>`).join(' | ')}</nav></header>
<main><h1 class="posts-title">${kTitle}</h1>
<div class="posts-byline">Published on <time datetime="2025-11-12">November 12, 2025</time></div>
<div class="posts-body">
${ps(kP1)}
<h2>${kH1}</h2>
${ps(kP2)}
<h2>${kH2}</h2>
${ps(kP3)}
<ol>${kList.map((l) => `<li>${l}</li>`).join('\n')}</ol>
${ps(kP4)}
<blockquote><p>${kQuote}</p></blockquote>
${ps(kP5)}
<h2>${kH3}</h2>
${ps(kP6)}
</div>
<section class="posts-comments"><h3>Replies</h3><p class="comments-by-email">Reply by email: write to
<a href="mailto:replies@tamsin.example?subject=Re: village clock">replies@tamsin.example</a> and I may add your note below.</p>
${kReplies.map((r) => `<div class="comment"><p class="comment-author"><strong>${r.who}</strong> wrote:</p><p>${r.text}</p></div>`).join('\n')}
</section>
<section class="posts-newsletter"><form method="post" action="/newsletter/"><p>Get new posts by email.</p><label for="id_email">Email</label>
<input type="email" name="email" id="id_email" required><input type="submit" value="Subscribe"></form></section></main>
<footer><div class="footer-note"><p>Written from the edge of Bodmin Moor. Replies are read, slowly.</p></div>
<p>Powered by <a href="https://mataroa.blog/">mataroa.blog</a>.</p></footer>
</body></html>`;
const MATAROA_POST: TestPage = {
  name: 'heldout167-mataroa-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2, kH3],
  body: texts(kBody),
  bylines: ['Published on November 12, 2025', ...kReplies.map((r) => r.who)],
  furniture: [
    'Tamsin Roskilly',
    ...kNav,
    'Replies',
    'Reply by email: write to replies@tamsin.example and I may add your note below.',
    'wrote:',
    ...kReplies.map((r) => r.text),
    'Get new posts by email.',
    'Email',
    'Written from the edge of Bodmin Moor. Replies are read, slowly.',
    'Powered by mataroa.blog.',
  ],
};

export const HELDOUT167_F: readonly TestPage[] = [MATAROA_POST, KIT_ISSUE];
