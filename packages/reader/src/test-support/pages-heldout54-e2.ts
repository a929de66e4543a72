import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 54, file e2: a post on a personal site built from the Eleventy base blog (v9 starter: the bundled CSS and
 * heading-anchors script inline in the head, the skip link, the home link and the navigation menu under a visually hidden h2,
 * the post inside <heading-anchors> with its date and tag list, an eleventy-img picture element, the previous/next links,
 * the "Built with Eleventy" footer and the build-date comment).
 */
const elTitle = 'One year of self-hosting our photo library';
const elIntro =
  'A year ago I moved twenty-two years of family photos out of a cloud service and onto a small computer in the hall cupboard. ' +
  'I wrote about the setup at the time. This is the follow-up I promised: what broke, what it cost, and whether I would recommend it.';
const elH1 = 'The setup, briefly';
const elSetup =
  'The library runs on <a href="https://immich.app/">Immich</a> in Docker on a second-hand mini PC with two 4&#160;TB drives in a ' +
  'mirror. Phones upload over the home network, and a nightly job copies everything to an external drive at my sister&#8217;s ' +
  'house, forty minutes away.';
const elH2 = 'What broke';
const elBroke = [
  'Less than I feared. One of the mirrored drives failed in October, and the replacement took a weekend to rebuild, during which ' +
    'nothing was lost and nobody noticed. The more annoying problems were all updates: twice an upgrade changed a setting I ' +
    'depended on, and once the phone app stopped backing up for nine days before I realised.',
  'I now get a message every morning if the last backup is more than a day old. That one check would have caught every problem I had this year.',
];
const elH3 = 'What it cost';
const elCost = [
  'Mini PC, second-hand: &#163;140',
  'Two drives: &#163;190',
  'Electricity, about 9&#160;W around the clock: roughly &#163;25 a year',
  'My time: perhaps an hour a month, and one lost weekend',
];
const elCostAfter =
  'Against a family plan that had gone up to &#163;100 a year, it pays for itself in about three years, which is not really the reason to do it.';
const elH4 = 'Would I recommend it?';
const elQuote = 'Someone has to be the person who notices when the backups stop.';
const elEnd = [
  'Only if you enjoy this kind of thing. The software has become excellent, and for our family it has been more reliable than I ' +
    'expected. But, as I wrote in my notes back in March:',
  'In our house that person is me. If that sounds like a chore rather than a hobby, paying for cloud storage is a perfectly sensible choice.',
] as const;
const elHtml = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>${elTitle}</title>
		<meta name="description" content="Notes on photos, small computers and keeping things running at home.">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Marisol Vega">
		<style>/* This is an arbitrary CSS string added to the bundle */
* { box-sizing: border-box; }
/* Defaults */
:root {
	--font-family: -apple-system, system-ui, sans-serif;
	--font-family-monospace: Consolas, Menlo, Monaco, Andale Mono WT, Andale Mono, Lucida Console, Lucida Sans Typewriter, DejaVu Sans Mono, monospace;
}
/* Theme colors */
:root {
	--color-gray-20: #e0e0e0;
	--color-gray-50: #C0C0C0;
	--color-gray-90: #333;
	--background-color: #fff;
	--text-color: var(--color-gray-90);
	--text-color-link: #082840;
}
.visually-hidden:not(:focus):not(:active) { clip: rect(0 0 0 0); clip-path: inset(50%); height: 1px; overflow: hidden; position: absolute;
white-space: nowrap; width: 1px; }
.links-nextprev { display: flex; justify-content: space-between; gap: .5em 1em; list-style: "";	border-top: 1px dashed var(--color-gray-20); padding: 1em 0; }
.post-metadata { display: inline-flex; flex-wrap: wrap; gap: .5em; list-style: none; padding: 0; margin: 0; }
.post-metadata time { margin-right: 1em; }
</style>
		<script type="module">class HeadingAnchors extends HTMLElement { static register(tagName = "heading-anchors") { customElements.define(tagName, this); } }
HeadingAnchors.register();</script>
	</head>
	<body>
		<a href="#main" id="skip-link" class="visually-hidden">Skip to main content</a>

		<header>
			<a href="/" class="home-link">Marisol Vega</a>
			<nav>
				<h2 class="visually-hidden">Top level navigation menu</h2>
				<ul class="nav">
					<li class="nav-item"><a href="/">Home</a></li>
					<li class="nav-item"><a href="/blog/">Archive</a></li>
					<li class="nav-item"><a href="/about/">About</a></li>
				</ul>
			</nav>
		</header>

		<main id="main">
			<heading-anchors>
				<h1 id="one-year-of-self-hosting-our-photo-library">${elTitle}</h1>

<ul class="post-metadata">
	<li><time datetime="2025-05-03">03 May 2025</time></li>
	<li><a href="/tags/self-hosting/" class="post-tag">self-hosting</a>, </li>
	<li><a href="/tags/photography/" class="post-tag">photography</a></li>
</ul>

<p>${elIntro}</p>
<h2 id="the-setup-briefly">${elH1}</h2>
<p>${elSetup}</p>
<p><picture><source type="image/avif" srcset="/img/Yq2xk7Pw1a-800.avif 800w, /img/Yq2xk7Pw1a-1600.avif 1600w" sizes="auto"><source type="image/webp"
 srcset="/img/Yq2xk7Pw1a-800.webp 800w, /img/Yq2xk7Pw1a-1600.webp 1600w" sizes="auto"><img loading="lazy" decoding="async" src="/img/Yq2xk7Pw1a-800.jpeg"
 alt="A small black computer on a cupboard shelf next to two external drives" width="1600" height="1200"
 srcset="/img/Yq2xk7Pw1a-800.jpeg 800w, /img/Yq2xk7Pw1a-1600.jpeg 1600w" sizes="auto"></picture></p>
<h2 id="what-broke">${elH2}</h2>
${elBroke.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-it-cost">${elH3}</h2>
<ul>
${elCost.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${elCostAfter}</p>
<h2 id="would-i-recommend-it%3F">${elH4}</h2>
<p>${elEnd[0]}</p>
<blockquote>
<p>${elQuote}</p>
</blockquote>
<p>${elEnd[1]}</p>
<ul class="links-nextprev"><li class="links-nextprev-prev">← Previous<br> <a href="/blog/bird-box-camera/">A bird box camera for under &#163;40</a></li><li
 class="links-nextprev-next">Next →<br><a href="/blog/printing-a-family-album/">Printing a family album from a decade of phone photos</a></li>
</ul>

			</heading-anchors>
		</main>

		<footer>
			<p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.1.2</a></em></p>
		</footer>

		<!-- This page \`/blog/one-year-of-self-hosting/\` was built on 2025-05-03T19:44:12.901Z -->
		<script type="module" src="/dist/BZs7p0x2qk.js"></script>
	</body>
</html>`;
export const eleventyPost: TestPage = {
  html: elHtml,
  name: 'heldout54-eleventy-base-blog-post',
  kind: 'blog',
  // the four h2 are the headings (the visually hidden "Top level navigation menu" h2 is furniture); the cost list and the
  // one-line blockquote, which quotes the writer's own notes and is not a repeat of a body sentence, are body; the date in the
  // post metadata list is the byline (the site has no author line; the home link's name is furniture); the tags, the picture
  // (alt text only), the "← Previous"/"Next →" links with their titles, the skip link, nav and "Built with" footer are furniture;
  // the nav's "Home" and "About" and the tag "self-hosting" are words of the article text: left out
  title: elTitle,
  headings: [elH1, elH2, elH3, elH4],
  body: texts([elIntro, elSetup, ...elBroke, ...elCost, elCostAfter, elEnd[0], elQuote, elEnd[1]]),
  bylines: ['03 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marisol Vega', 'Top level navigation menu', 'Archive', 'photography', '← Previous',
    'A bird box camera for under £40', 'Next →', 'Printing a family album from a decade of phone photos', 'Built with Eleventy v3.1.2',
  ],
};
