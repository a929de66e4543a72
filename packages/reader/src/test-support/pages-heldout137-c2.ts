import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 137, file c2: a post on a personal site built from the Eleventy (11ty) base blog v9 (skip link, the header
 * with the home link and the nav under a visually hidden "Top level navigation menu" h2, the post-metadata list with date and
 * tags, the content inside the heading-anchors element with its "Jump to section titled" links, a Prism code block and a
 * table, the previous/next links and the "Built with Eleventy" footer).
 */
const elTitle = 'Moving my photo archive off the cloud';
const elP1 = [
  'For about nine years every photo I took went straight into a cloud service and I never thought about it. Then the price went up for the ' +
    'third time in two years, and I realised I had 212 gigabytes of pictures that I could only see through somebody else’s app.',
  'This is how I moved them onto a small server at home over a couple of weekends, and what I would do differently.',
];
const elH1 = 'What I wanted';
const elList = [
  'Every photo and video in one folder structure I understand, organised by year and month.',
  'Two copies at home and one somewhere else, so a fire or a burglary does not take everything.',
  'A way to browse on my phone that is at least nearly as good as what I was paying for.',
];
const elH2 = 'Getting the photos out';
const elP2 = [
  'The export tool split my library into 50-gigabyte zip files and took two days to prepare them. The files themselves were fine, but the ' +
    'dates were not: about a third of the photos had their original date stored in a separate JSON file rather than in the image itself.',
  'I wrote a small script to copy the date back into each file before sorting anything. The core of it was one command per folder:',
];
const elCode =
  '<span class="token function">exiftool</span> <span class="token parameter variable">-r</span> <span class="token parameter variable">-d</span> %s ' +
  '<span class="token parameter variable">-tagsfromfile</span> <span class="token string">"%d/%F.json"</span> \\\n  ' +
  '<span class="token string">"-DateTimeOriginal&lt;PhotoTakenTimeTimestamp"</span> <span class="token parameter variable">-overwrite_original</span> takeout/';
const elP3 = [
  'Check a handful of files by hand before you run anything like that over the whole library. I did not, and had to run it again after ' +
    'finding that the JSON files for edited photos had slightly different names.',
];
const elH3 = 'Storage and backups';
const elP4 = [
  'The photos live on a pair of mirrored 4-terabyte drives in a small box under my desk. A nightly job copies anything new to an external ' +
    'drive, and once a week an encrypted copy goes to a storage bucket that costs me about £2 a month.',
  'The mirrored pair is not a backup on its own. It protects against a drive failing, but if I delete a folder by mistake, the mirror ' +
    'deletes it too. The nightly copy keeps thirty days of history for exactly that reason.',
  'Here is what the hardware cost, for anyone doing the sums:',
];
const elTable = [
  ['Two 4 TB drives', '£164', 'Bought in a sale, different batches'],
  ['Small server', '£210', 'Second-hand, four years old'],
  ['External drive', '£71', 'For the nightly copy'],
  ['Off-site storage', '£24 a year', 'Encrypted before upload'],
];
const elH4 = 'Browsing';
const elP5 = [
  'For viewing I run Immich, which has a phone app that uploads new photos automatically and is close enough to what I had before that my ' +
    'partner has stopped complaining. Face recognition took about a day to work through the library on a fairly slow processor.',
];
const elH5 = 'Was it worth it?';
const elP6 = [
  'Financially it will take about three years for the hardware to pay for itself. That was never really the point. The point is that the ' +
    'photos are now files in folders, and in twenty years I will still be able to open them.',
];
const elNav = ['Home', 'Archive', 'About', 'Feed'];
const elTags = ['self-hosting', 'backups', 'photography'];
const elPrev = 'A fortnight with a split keyboard';
const elNext = 'Notes from a repair café';
const jump = (t: string): string => `Jump to section titled: ${t}`;
const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
const h2 = (t: string): string => `<h2 id="${slug(t)}" tabindex="-1">${t}<span class="ha-placeholder" aria-hidden="true"></span></h2>
<a class="ha" href="#${slug(t)}"><span class="ha-visualhidden">${jump(t)}</span><span aria-hidden="true">#</span></a>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const elHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${elTitle}</title><meta name="description" content="How I moved 212 gigabytes of photos onto a small server at home.">
<meta name="generator" content="Eleventy v3.1.2"><link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Kasia Wrona">
<style>/* This is an arbitrary CSS string added to the bundle */
:root{--font-family:-apple-system,system-ui,sans-serif;--font-family-monospace:Consolas,Menlo,Monaco,monospace}
.visually-hidden:not(:focus):not(:active){clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}
code[class*=language-],pre[class*=language-]{color:#f8f8f2;background:0 0;text-shadow:0 1px rgba(0,0,0,.3)}</style></head>
<body>
<a href="#main" id="skip-link" class="visually-hidden">Skip to main content</a>
<header>
<a href="/" class="home-link">Kasia Wrona</a>
<nav>
<h2 class="visually-hidden" id="top-level-navigation-menu">Top level navigation menu</h2>
<ul class="nav">
${elNav
  .map(
    (t) => `<li class="nav-item"><a
href="/${t === 'Home' ? '' : t === 'Archive' ? 'blog/' : t === 'Feed' ? 'feed/feed.xml' : 'about/'}">${t}</a></li>`,
  )
  .join('\n')}
</ul>
</nav>
</header>
<main id="main">
<heading-anchors>
<h1 id="moving-my-photo-archive-off-the-cloud">${elTitle}</h1>
<ul class="post-metadata">
<li><time datetime="2025-03-14">14 March 2025</time></li>
${elTags.map((t, i) => `<li><a href="/tags/${t}/" class="post-tag">${t}</a>${i < elTags.length - 1 ? ', ' : ''}</li>`).join('\n')}
</ul>
${ps(elP1)}
${h2(elH1)}
<ul>
${elList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${h2(elH2)}
${ps(elP2)}
<pre class="language-bash" tabindex="0"><code class="language-bash">${elCode}</code></pre>
${ps(elP3)}
${h2(elH3)}
${ps(elP4)}
<table>
<thead><tr><th>Item</th><th>Cost</th><th>Notes</th></tr></thead>
<tbody>
${elTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
${h2(elH4)}
${ps(elP5)}
${h2(elH5)}
${ps(elP6)}
<ul class="links-nextprev"><li class="links-nextprev-prev">← Previous<br> <a href="/blog/split-keyboard/">${elPrev}</a></li><li
class="links-nextprev-next">Next →<br>
<a href="/blog/repair-cafe/">${elNext}</a></li>
</ul>
</heading-anchors>
</main>
<footer>
<p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.1.2</a></em></p>
</footer>
<!-- This page \`/blog/photo-archive/\` was built on 2025-03-14T21:07:55.102Z -->
<script type="module" src="/bundle/W5i6cgMGYq.js"></script>
</body></html>`;
export const eleventyPost: TestPage = {
  html: elHtml,
  name: 'heldout137-eleventy-base-blog',
  kind: 'blog',
  // the date in the post-metadata list is a byline, the tags furniture; table data cells are body, the header cells and the
  // code block in neither list; the visually hidden "Jump to section titled" texts of heading-anchors are furniture
  title: elTitle,
  headings: [elH1, elH2, elH3, elH4, elH5],
  body: texts([...elP1, ...elList, ...elP2, ...elP3, ...elP4, ...elTable.flat(), ...elP5, ...elP6]),
  bylines: ['14 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kasia Wrona', 'Top level navigation menu', ...elNav, ...elTags, ...[elH1, elH2, elH3, elH4, elH5].map(jump), '← Previous',
    elPrev, 'Next →', elNext, 'Built with Eleventy v3.1.2',
  ],
};
