import { links, type TestPage, texts } from './page-kit.js';
import { scmp } from './pages-heldout25-f2.js';

/**
 * Held-out batch 25, file f: a Verge story on Vox Media's duet/Chorus template (hashed atomic class names, header with the
 * homepage link, nav, "Subscribe" and "Sign In", the story's topic pills, headline, dek, byline with "Posted" time, the
 * commerce disclosure, link/share/gift and comments buttons, lead image with "Image:" credit, the body with two h2 subheads
 * and an inline "Related" list, the "Follow topics and authors" block, "Most Popular", the Installer newsletter box and the
 * footer). The South China Morning Post story of this file is in pages-heldout25-f2.ts.
 */
const vgTitle = 'Lumen Labs’ new E Ink tablet is built to be opened with a screwdriver';
const vgDek = 'The $349 Tablo Color has a replaceable battery, a swappable screen, and a 10-year promise of spare parts.';
const vgBody1 = [
  'Lumen Labs, the small Dutch company behind last year’s Inkpad reader, has announced the Tablo Color, a 10.3-inch color E Ink ' +
    'tablet designed to be taken apart and repaired by its owner. It will ship in February for $349, with preorders opening today.',
  'The pitch is simple: every part that usually kills an e-reader after a few years can be swapped out at home. The back panel is ' +
    'held on by six standard Phillips screws, the battery comes out with a pull tab rather than glue, and the screen assembly, the ' +
    'most expensive part, can be replaced in about 10 minutes, according to the company.',
  'Lumen Labs says it will sell spare parts for at least 10 years after launch, and it has published <a href="https://lumenlabs.example/repair">' +
    'repair guides</a> for every component alongside the announcement. A replacement battery will cost $29, and a new screen $89.',
];
const vgH1 = 'The specs are fine, not flashy';
const vgBody2 = [
  'Inside, the Tablo Color uses the same Kaleido 3 color E Ink panel as several recent tablets, with 300ppi in black and white and ' +
    '150ppi in color. It has a quad-core processor, 4GB of RAM, 64GB of storage, and a microSD slot, which is increasingly rare on ' +
    'devices like this.',
  'It runs an open version of Android 14 with the Google Play Store, so you can install Kindle, Kobo, or Libby alongside Lumen ' +
    'Labs’ own reading app. A stylus is included in the box and attaches magnetically to the side.',
  'I briefly used a preproduction unit last week, and it felt solid, if slightly thicker than the competition at 7.2mm. The ' +
    'company says the extra millimeter is the price of using screws instead of adhesive.',
];
const vgH2 = 'Repairability as a selling point';
const vgBody3 = [
  'Right-to-repair rules in the European Union, which now require phones and tablets sold there to come with spare parts for years ' +
    'after launch, have pushed larger companies in the same direction. Lumen Labs is betting that buyers will pay a little more for a ' +
    'device designed around repair from the start.',
  '“We wanted the cheapest part of owning this tablet to be the tenth year,” Lumen Labs cofounder Sanne de Wit told <em>The Verge</em>.',
  'The Tablo Color comes in gray or off-white. Preorders are open now in the US, UK, and EU.',
];
const vgRelated = ['The best e-readers to buy right now', 'Kobo’s color e-readers are now easier to repair'];
const vgDisclosure = 'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.';
const vgFollow = 'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.';
const vgCaption = 'The Tablo Color with its back panel removed.';
const vgNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'AI', 'Policy', 'Games'];
const vgPills = ['Gadgets', 'News', 'Tablets'];
const vgPopular = [
  'The best phones you can buy right now',
  'Sony’s new headphones finally fold again',
  'Google is testing a redesigned Chrome address bar',
  'This $50 smart plug does one thing well',
];
const vgInstaller = 'Installer: A weekly newsletter with the best new apps, gadgets, and games to try.';
const vgLegal =
  'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google ' +
  'Privacy Policy and Terms of Service apply.';
const vgFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell Or Share My Personal Info', 'Licensing FAQ', 'Accessibility'];
const vgFoot2 = ['Platform Status', 'Contact', 'Tip Us', 'Community Guidelines', 'Ethics Statement', '© 2025 Vox Media, LLC. All Rights Reserved'];
const vgPc = 'duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixq _1agbrix0 _1ymtmqph';
const vgP = (ps: readonly string[]) => ps.map((p) => `<p class="${vgPc}">${p}</p>`).join('\n');
const vgH = (h: string) => `<h2 class="duet--article--dangerously-set-cms-markup duet--article--standard-heading _1fq5yzg0">${h}</h2>`;
const vgHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${vgTitle} | The Verge</title>
<meta name="description" content="${vgDek}"><meta property="og:site_name" content="The Verge">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${vgTitle}","description":"${vgDek}",
"author":[{"@type":"Person","name":"Jenna Okoro","url":"https://www.theverge.com/authors/jenna-okoro"}],"datePublished":"2025-11-18T15:00:00.000Z"}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"uuid":"7d41f0a6","communityGroupSlug":"theverge"}}}}</script>
<style>._1agbrix0{font-family:var(--font-fkroman)}._1ymtmqph{margin-bottom:1.25rem}</style></head>
<body><div id="__next"><header class="duet--navigation--navigation _1ymtmqp0"><a href="/" aria-label="The Verge homepage"><svg></svg></a>
<nav><ul>${links(vgNav, 'duet--navigation--nav-item')}</ul></nav><button aria-label="Expand">Menu</button>
<a class="_1xwtict9" href="/subscribe">Subscribe</a><a href="/login">Sign In</a></header>
<main id="content"><article class="duet--layout--entry-body-container">
<div class="duet--article--lede _1ymtmqp8"><ul class="_1xrc6b81">${links(vgPills, 'duet--article--topic-pill')}</ul>
<h1 class="_88a8nt0 _1xwtict9">${vgTitle}</h1><p class="_1xwtict1 duet--article--dek">${vgDek}</p>
<div class="duet--article--byline _1b3kl0l"><span class="_1b3kl0m">by <a href="/authors/jenna-okoro">Jenna Okoro</a></span>
<time class="duet--article--timestamp" datetime="2025-11-18T15:00:00+00:00">Nov 18, 2025, 3:00 PM UTC</time></div>
<p class="duet--article--commerce-disclosure _1ymtmqpi">${vgDisclosure.replace('ethics statement', '<a href="/ethics-statement">ethics statement</a>')}</p>
<div class="duet--article--share-bar"><button aria-label="Copy link">Link</button><button>Share</button><button>Gift</button>
<a class="duet--article--comments-link" href="#comments">12 Comments</a></div>
<figure class="duet--article--lede-image"><img alt="${vgCaption}" src="https://platform.theverge.com/wp-content/uploads/sites/2/2025/11/tablo-color.jpg">
<figcaption><span class="duet--media--caption">${vgCaption}</span> <cite class="duet--media--credit">Image: Lumen Labs</cite></figcaption></figure></div>
<div class="duet--article--article-body-component-container _1ymtmqpd">
<div class="duet--article--article-body-component">${vgP(vgBody1)}</div>
<div class="duet--article--article-body-component">${vgH(vgH1)}</div>
<div class="duet--article--article-body-component">${vgP(vgBody2.slice(0, 2))}</div>
<div class="duet--article--article-body-component"><div class="duet--article--related-list _1ymtmqpk"><h3 class="_1xwtict4">Related</h3>
<ul>${links(vgRelated, 'duet--article--related-list-item')}</ul></div></div>
<div class="duet--article--article-body-component">${vgP(vgBody2.slice(2))}</div>
<div class="duet--article--article-body-component">${vgH(vgH2)}</div>
<div class="duet--article--article-body-component">${vgP(vgBody3)}</div></div>
<div class="duet--article--follow-topics"><p>${vgFollow}</p>
<ul><li><button>Jenna Okoro</button></li>${vgPills.map((t) => `<li><button>${t}</button></li>`).join('')}</ul></div>
</article>
<aside class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>${links(vgPopular)}</ol></aside>
<section class="duet--cta--newsletter"><p class="_1xwtict2">${vgInstaller}</p><form><label for="nl-email">Email (required)</label>
<input id="nl-email" type="email"><button type="submit">Sign Up</button></form><p class="_1xwtict5">${vgLegal}</p></section></main>
<footer class="duet--navigation--footer"><p>The Verge is a vox media network</p><ul>${links(vgFoot)}</ul><ul>${links(vgFoot2)}</ul></footer></div>
</body></html>`;
const verge: TestPage = {
  html: vgHtml,
  name: 'heldout25-verge-story',
  kind: 'news',
  // the dek is body; the two h2 subheads are the headings; "Jenna Okoro" (the byline and her follow button, listed once) and
  // the time are bylines ("by" in neither); the commerce disclosure sits between the byline and the lead image: furniture;
  // the inline "Related" list between body paragraphs is a link list: furniture, with its h3 label; the topic pills (also the
  // follow buttons, once), share buttons, comments link, caption and "Image:" credit, the follow-topics text, "Most Popular",
  // the Installer box, header, nav and footer are furniture
  title: vgTitle,
  headings: [vgH1, vgH2],
  body: [vgDek, ...texts(vgBody1), ...texts(vgBody2), ...texts(vgBody3)],
  bylines: ['Jenna Okoro', 'Nov 18, 2025, 3:00 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vgNav, 'Menu', 'Subscribe', 'Sign In', ...vgPills, vgDisclosure, 'Link', 'Share', 'Gift', '12 Comments', vgCaption, 'Image: Lumen Labs', 'Related',
    ...vgRelated, vgFollow, 'Most Popular', ...vgPopular, vgInstaller, 'Email (required)', 'Sign Up', vgLegal, 'The Verge is a vox media network',
    ...vgFoot, ...vgFoot2,
  ],
};

export const HELDOUT25_F: readonly TestPage[] = [verge, scmp];
