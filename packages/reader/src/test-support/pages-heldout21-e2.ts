import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 21, file e2: a personal blog post built with Eleventy from the eleventy-base-blog starter (inline bundled CSS,
 * skip link, home link and visually hidden nav heading, the <heading-anchors> element with its rendered "#" anchors and hidden
 * "Jump to section titled" labels, the post-metadata list with date and tags, an eleventy-img <picture> with caption, the
 * "Reply by email" and Mastodon lines, previous/next links, the webring footer, "Built with Eleventy" and the build comment).
 */
const elTitle = 'Restoring my grandmother’s Singer 201K';
const elIntro = [
  'My grandmother bought her Singer 201K in Porto in 1954, and she sewed on it until her hands gave out in the late nineties. It ' +
    'then spent twenty-five years in a cupboard under my aunt’s stairs, which is where I found it in March, seized solid and smelling ' +
    'faintly of mice.',
  'I know almost nothing about sewing. I do know a bit about old machines, and the 201K has a reputation as one of the best domestic ' +
    'machines Singer ever made: gear-driven, all metal, and built to be taken apart with a single screwdriver. It seemed like a good ' +
    'project for the spring.',
];
const elH = ['Freeing it up', 'The motor', 'First stitches'] as const;
const elFree = [
  'The handwheel would not move at all. Old sewing-machine oil turns to something like varnish over the decades, and on a 201K it ' +
    'collects in the bushings of the main shaft and around the hook. I took off the bed plate and the face plate, flooded every oil ' +
    'hole with kerosene and left it overnight.',
  'The next morning the wheel moved about a centimetre. Two more evenings of kerosene, a hair dryer and a lot of patience, and it ' +
    'turned freely. The first full revolution made a noise I can only describe as a sigh.',
];
const elMotor =
  'The original potted motor was the part I worried about most. Its grease cups had dried into little brown stones, and the ' +
  'wiring insulation crumbled when I touched it. I replaced the wiring and the foot controller’s carbon pile, cleaned the ' +
  'commutator with a pencil eraser, and packed the grease wicks with proper motor lubricant rather than the petroleum jelly some ' +
  'guides suggest.';
const elParts = 'Everything I needed came to less than forty euros:';
const elList = ['a set of new motor brushes', 'two metres of cloth-covered wire', 'a replacement bobbin winder tyre', 'sewing-machine oil and motor lubricant'];
const elFirst = [
  'My aunt came round for the first test. She threaded it without looking, the way her mother had, and ran a line of stitches down ' +
    'a scrap of denim folded four times. The machine didn’t hesitate. She said it sounded exactly as she remembered, which is the ' +
    'nicest thing anyone has said about something I’ve fixed.',
  'It lives in my flat now. I have hemmed two pairs of trousers with it and made a very wonky tote bag, and I suspect the machine is ' +
    'considerably better at this than I will ever be.',
];
const elCaption = 'The 201K after cleaning, with most of its original gold decals still there.';
const elTags = ['repair', 'family', 'old-machines'];
const elNav = ['Home', 'Archive', 'About', 'Feed'];
const elPrev = 'Fixing the balcony door, again';
const elNext = 'Notes from a week in the Douro valley';
const navItem = (t: string, i: number): string =>
  `<li class="nav-item"><a href="/${i === 0 ? '' : `${t.toLowerCase()}/`}"${i === 1 ? ' aria-current="page"' : ''}>${t}</a></li>`;
const h2 = (t: string): string => {
  const id = t.toLowerCase().replace(/\W+/g, '-');
  return `<h2 id="${id}"><span class="ha-placeholder" aria-hidden="true">#</span>${t}<a href="#${id}" class="ha"><span class="visually-hidden">Jump to
section titled: ${t}</span><span aria-hidden="true">#</span></a></h2>`;
};
const elHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Restoring my grandmother’s Singer 201K</title><meta name="description" content="Twenty-five years in a cupboard, three evenings of kerosene.">
<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Tomás Ferreira"><meta name="generator" content="Eleventy v3.1.2">
<link rel="me" href="https://mastodon.example/@tomas"><style>/* This is an arbitrary CSS string added to the bundle */
:root{--color-gray-20:#e0e0e0;--color-gray-50:#C0C0C0;--color-gray-90:#333;--background-color:#fff;--text-color:var(--color-gray-90);
--text-color-link:#082840;--text-color-link-active:#5f2b48;--text-color-link-visited:#17050F;--syntax-tab-size:2}
.visually-hidden:not(:focus):not(:active){clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}
.post-metadata{display:inline-flex;flex-wrap:wrap;gap:.5em;list-style:none;padding:0;margin:0}.links-nextprev{display:flex;justify-content:space-between}
</style><script type="module">/* heading-anchors */customElements.define("heading-anchors",class extends HTMLElement{})</script></head>
<body><a href="#main" id="skip-link" class="visually-hidden">Skip to main content</a>
<header><a href="/" class="home-link">Tomás Ferreira</a><nav><h2 class="visually-hidden" id="top-level-navigation-menu">Top level navigation menu</h2>
<ul class="nav">${elNav.map(navItem).join('')}
</ul></nav></header>
<main id="main"><heading-anchors>
<h1 id="restoring-my-grandmothers-singer-201k">${elTitle}</h1>
<ul class="post-metadata"><li><time datetime="2025-06-08">08 June 2025</time></li>
${elTags.map((t, i) => `<li><a href="/tags/${t}/" class="post-tag">${t}</a>${i < elTags.length - 1 ? ', ' : ''}</li>`).join('\n')}</ul>
${elIntro.map((p) => `<p>${p}</p>`).join('\n')}
<figure><picture><source type="image/avif" srcset="/img/8bQx1c2Wfd-640.avif 640w, /img/8bQx1c2Wfd-1280.avif 1280w" sizes="auto"><source type="image/webp"
srcset="/img/8bQx1c2Wfd-640.webp 640w, /img/8bQx1c2Wfd-1280.webp 1280w" sizes="auto"><img alt="A black Singer sewing machine with gold decals on a
wooden table" loading="lazy" decoding="async" src="/img/8bQx1c2Wfd-640.jpeg" width="1280" height="853" srcset="/img/8bQx1c2Wfd-640.jpeg 640w,
/img/8bQx1c2Wfd-1280.jpeg 1280w" sizes="auto"></picture><figcaption>${elCaption}</figcaption></figure>
${h2(elH[0])}
${elFree.map((p) => `<p>${p}</p>`).join('\n')}
${h2(elH[1])}
<p>${elMotor}</p>
<p>${elParts}</p>
<ul>${elList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(elH[2])}
${elFirst.map((p) => `<p>${p}</p>`).join('\n')}
<hr><p class="post-reply">Thoughts? <a href="mailto:tomas@ferreira.example?subject=Re:%20Singer%20201K">Reply by email</a> or reply to
<a href="https://mastodon.example/@tomas/114650093">this post on Mastodon</a>.</p>
<ul class="links-nextprev"><li class="links-nextprev-prev">← Previous<br> <a href="/blog/balcony-door/">${elPrev}</a></li><li
class="links-nextprev-next">Next →<br> <a href="/blog/douro/">${elNext}</a></li></ul>
</heading-anchors></main>
<footer><p class="webring">I’m part of the <a href="https://ring.example/">Tinkerers’ Ring</a>: <a href="https://ring.example/prev">← previous site</a>
· <a href="https://ring.example/random">random</a> · <a href="https://ring.example/next">next site →</a></p>
<p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.1.2</a></em></p></footer>
<!-- This page \`/blog/singer-201k/\` was built on 2025-06-08T19:24:11.201Z -->
<script type="module" src="/dist/rJkPrg7GmB.js"></script></body></html>`;
export const eleventyPost: TestPage = {
  html: elHtml,
  name: 'heldout21-eleventy-blog',
  kind: 'blog',
  // the paragraphs, the parts line and its list are body; the h2s are headings (their "#" anchors and the hidden "Jump to section
  // titled: …" labels are furniture, listed by their fixed part); the date is the only dateline (the header's "Tomás Ferreira"
  // is the site's home link, the owner's name but no author line: furniture); the tags, the photo caption, "Reply by email"
  // line, previous/next labels and titles, the skip link, nav and its hidden heading, the webring line and "Built with
  // Eleventy" are furniture
  // (the nav's "About" is a word of the body, "I know almost nothing about sewing.": out of the furniture since batch 21 became
  // training in session 14, as earlier batches leave such words out)
  title: elTitle,
  headings: [...elH],
  body: [...elIntro, ...elFree, elMotor, elParts, ...elList, ...elFirst],
  bylines: ['08 June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tomás Ferreira', 'Top level navigation menu', ...elNav.filter((t) => t !== 'About'),
    ...elTags, elCaption, 'Jump to section titled:',
    'Thoughts? Reply by email or reply to this post on Mastodon.', '← Previous', elPrev, 'Next →', elNext,
    'I’m part of the Tinkerers’ Ring: ← previous site · random · next site →', 'Built with Eleventy v3.1.2',
  ],
};
