import { links, type TestPage, texts } from './page-kit.js';
import { huffPost } from './pages-heldout20-f2.js';

/**
 * Held-out batch 20, file f: a Scientific American-style magazine article (the Next.js site with CSS-module class names and
 * data-block attributes on the body blocks: the header with "Subscribe" and "Sign In", topic nav, the kicker, headline and
 * dek, "By X edited by Y" byline, the date and reading time, share buttons, the lead image with caption and credit, body
 * paragraphs with h2 section heads and a pull quote, the "On supporting science journalism" box inside the body, the
 * print-issue note with its DOI, the "Rights & Permissions" link, the author bio card, the "Stand up for science" ask,
 * "Popular Stories", the newsletter box and the footer with the publisher's notice). The HuffPost-style article of this
 * file is in pages-heldout20-f2.ts.
 */
const saTitle = 'What Grows Where the Glaciers Were';
const saDek =
  'As Alpine ice retreats, ecologists are racing to learn how bare rock turns into living soil—and why some of the first colonists are not plants at all';
const saIntro = [
  'On a warm afternoon in late August, Lena Hofer knelt on a slope of gray gravel in the Austrian Alps and pressed a thermometer into ' +
    'the ground. Eighty years ago the spot was under 40 meters of ice. Today it is scattered with tufts of grass, cushions of moss and, ' +
    'here and there, a knee-high willow.',
  'Hofer, an ecologist at the University of Innsbruck, has spent a decade studying glacier forefields—the strips of raw ground that ice ' +
    'leaves behind as it retreats. Because glaciers back away year by year, a walk from the ice edge down the valley is also a walk ' +
    'through time: ground exposed last summer, then ground bare for a decade, then for a century.',
  '“It is the closest thing we have to watching an ecosystem being born,” she says.',
] as const;
const saH1 = 'Life before Plants';
const saS1 = [
  'The first colonists are not the ones most hikers notice. Within a year or two of the ice leaving, bare sediment is already home to ' +
    'bacteria, algae and fungi that live on dust blown in from elsewhere and on ancient carbon that the glacier ground out of the rock.',
  'Some of these microbes fix nitrogen from the air. Others form dark crusts that absorb sunlight and warm the surface by several ' +
    'degrees, which helps seeds germinate. In a study published earlier this year, Hofer’s team found that plots where these crusts had ' +
    'been scraped away were colonized by plants about four years later than untouched plots nearby.',
  'Fungi matter just as much. Many Alpine plants cannot grow well without mycorrhizal partners, fungi that wrap around or penetrate ' +
    'their roots and trade nutrients for sugars. On young ground, the fungal spores simply may not be there yet. “A seed can land in the ' +
    'perfect spot and still fail, because its partner never arrived,” Hofer says.',
];
const saH2 = 'A Race against the Melt';
const saS2 = [
  'The pace of glacier loss is turning this slow process into an urgent research question. Across the Alps, hundreds of square ' +
    'kilometers of new ground will be exposed in the coming decades as the ice continues to thin and retreat.',
  'How quickly that ground turns green has consequences beyond the mountains. Vegetated soil holds water and resists erosion, whereas ' +
    'bare moraine can slide into valleys during heavy rain. Young soils also take up carbon, although researchers disagree about how much.',
  'Climate change is also changing who arrives first. Plants from lower elevations, helped by warmer summers, are now reaching ' +
    'forefields that were once colonized only by specialist Alpine species. In some valleys, researchers have found larch seedlings ' +
    'within a few years of the ice retreating—decades sooner than historical records suggest.',
] as const;
const saH3 = 'Protecting the Newest Land';
const saS3 = [
  'Because forefields are new, they often fall outside existing conservation rules, and some are being quarried for gravel or ' +
    'flattened for ski infrastructure. A group of ecologists has proposed that the most recently exposed land be protected by default, ' +
    'at least until it can be surveyed.',
  'Hofer supports the idea but worries about speed. “By the time anyone writes a management plan, the glacier has moved another 50 ' +
    'meters,” she says. Back on the slope, she checked the thermometer, wrote down 24 degrees Celsius and moved a meter farther uphill, ' +
    'toward the ice.',
];
const saPull = '“It is the closest thing we have to watching an ecosystem being born.”';
const saCap = 'Tufts of grass and moss on ground that was covered by the Gepatsch Glacier in Austria until the 1940s.';
const saCredit = 'Credit: Florian Mair';
const saSupport = [
  'On supporting science journalism',
  'If you’re enjoying this article, consider supporting our journalism by subscribing. A subscription helps make sure there will be ' +
    'more stories about the discoveries and ideas shaping our world.',
  'Subscribe',
] as const;
const saIssue =
  'This article was originally published with the title “Pioneers of the Ice” in Scientific American Magazine Vol. 333 No. 6 (December 2025), p. 58';
const saDoi = 'doi:10.1038/scientificamerican122025-4KpQz3Xv8n';
const saBio = 'Johanna Reiter is a science journalist based in Innsbruck, Austria, who writes about mountains and the people who study them.';
const saNav = ['Health', 'Mind & Brain', 'Environment', 'Technology', 'Space & Physics', 'Video', 'Podcasts', 'Opinion', 'Store'];
const saShare = ['Share on Facebook', 'Share on X', 'Share on Reddit', 'Share on LinkedIn', 'Share via Email', 'Print'];
const saPopular = [
  'Why Your Brain Needs Boredom',
  'A New Map of the Universe’s Dark Matter Is Surprisingly Lumpy',
  'The Math Problem That Took 50 Years to Solve',
];
const saFoot = [
  'Return & Refund Policy',
  'About',
  'Press Room',
  'FAQs',
  'Contact Us',
  'International Editions',
  'Advertise',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'US State Privacy Rights',
  'Use of cookies/Do not sell my data',
];
const saNotice = 'Scientific American is part of Springer Nature, which owns or has commercial relations with thousands of scientific publications.';
const saCopy = '© 2025 SCIENTIFIC AMERICAN, A DIVISION OF SPRINGER NATURE AMERICA, INC. ALL RIGHTS RESERVED.';
const saP = (t: string, first = false): string => `<p class="${first ? 'article__dropcap-Lq2tf' : ''}" data-block="sciam/paragraph">${t}</p>`;
const saH = (t: string): string => `<h2 class="article__heading-Hk8wQ" data-block="sciam/heading">${t}</h2>`;
const saHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${saTitle} | Scientific American</title><meta name="description" content="${saDek}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${saTitle}","author":[{"@type":"Person",
"name":"Johanna Reiter"}],"editor":[{"@type":"Person","name":"Dana Okonkwo"}],
"datePublished":"2025-11-12T10:00:00-05:00","isPartOf":{"issueNumber":"6"}}</script>
<script>window.__DATA__={"article":{"id":"what-grows-where-the-glaciers-were","primary_category":"Ecology","type":"article"}};</script></head>
<body><div id="app"><a class="skipLink-Wd9kz" href="#main">Skip to main content</a><header class="header-G7xT0"><a href="/" class="logo-k3Qxv"
aria-label="Scientific American"></a><nav class="nav-Q1mvz" aria-label="Topics"><ul>${links(saNav, 'navItem-r4PzY')}</ul></nav>
<a class="subscribe-Bf3nK" href="/getsciam/">Subscribe</a><a href="/account/" class="signin-Vt2e8">Sign In</a></header>
<main id="main"><article class="article-QeSyT"><header class="article_header-PqD0q"><p class="article_kicker-t3nHd">
<a href="/ecology/" class="article_kicker_link-JnP2q">Ecology</a></p><h1 class="article_hed-lHoVd">${saTitle}</h1>
<div class="article_dek-Ut6rB"><p>${saDek}</p></div><div class="article_authors-ZXa9o"><p class="article_authors_list-Th3Oe">By
<a href="/author/johanna-reiter/">Johanna Reiter</a> <span class="article_editors-Pl8wG">edited by <a href="/author/dana-okonkwo/">Dana
Okonkwo</a></span></p></div><p class="article_pub_date-z7k1U"><time datetime="2025-11-12">November 12, 2025</time></p>
<p class="article_read_time-Vz0Qa">6 min read</p><div class="share-Xn7pL"><ul>${saShare
  .map(
    (t) => `<li><button aria-label="${t}"><span
class="sr-only">${t}</span></button></li>`,
  )
  .join('')}</ul></div></header>
<figure class="lead_image-Fj2xQ" data-block="sciam/image"><img src="https://static.scientificamerican.example/dam/m/gepatsch-forefield.jpg?w=1200"
alt="Grass and moss on gray gravel below a glacier" width="1200" height="800"><figcaption class="lead_image_caption-Wm8vN"><p>${saCap}</p>
<p class="lead_image_credit-Rt5bY">${saCredit}</p></figcaption></figure>
<div class="article__content-z3gRp article__body-ZrF0o">
${saP(saIntro[0], true)}
${saIntro
  .slice(1)
  .map((t) => saP(t))
  .join('\n')}
${saH(saH1)}
${saS1.map((t) => saP(t)).join('\n')}
<aside class="article__support-Bx5eM" data-block="sciam/supporting"><h2>${saSupport[0]}</h2><p>${saSupport[1]}</p><a href="/getsciam/"
class="button-Ng4rT">${saSupport[2]}</a></aside>
${saH(saH2)}
${saP(saS2[0])}
<blockquote class="article__pullquote-Hc7sR" data-block="sciam/pullquote"><p>${saPull}</p></blockquote>
${saS2
  .slice(1)
  .map((t) => saP(t))
  .join('\n')}
${saH(saH3)}
${saS3.map((t) => saP(t)).join('\n')}
</div>
<footer class="article_footer-Mk2sB"><p class="article_issue-Cw1xE"><em>${saIssue}</em></p><p class="article_doi-Rf8tN">${saDoi}</p>
<p class="article_rights-Xo4bD"><a href="https://www.scientificamerican.example/page/rights-and-permissions/">Rights &amp; Permissions</a></p>
<div class="bio-Tq9aZ"><h2 class="bio_name-Ep4vL"><a href="/author/johanna-reiter/">Johanna Reiter</a></h2><p>${saBio}</p>
<a href="/author/johanna-reiter/" class="bio_more-Ua2cW">More by Johanna Reiter</a></div></footer></article>
<section class="standup-Ld6fQ"><h2>It’s Time to Stand Up for Science</h2><p>Independent science journalism depends on readers. If you value
careful reporting on research, please consider subscribing or giving a gift subscription today.</p><a href="/getsciam/">Subscribe Now</a></section>
<aside class="popular-Ps3yN"><h2>Popular Stories</h2><ol>${links(saPopular, 'popularItem-Tm1qK')}</ol></aside>
<section class="newsletter-Rg8jT"><h2>Science News, Every Weekday</h2><p>Sign up for our free daily newsletter.</p><input type="email"
placeholder="Email address"><button>Sign Up</button></section></main>
<footer class="footer-Kw6pC"><ul>${links(saFoot, 'footerItem-Yh5uM')}</ul><p>${saNotice}</p><p>${saCopy}</p></footer></div></body></html>`;
const sciAm: TestPage = {
  html: saHtml,
  name: 'heldout20-scientific-american-feature',
  kind: 'news',
  // the dek is body; the three h2 section heads are the headings (the support box's h2 is furniture); the pull quote
  // repeats a body quote (in neither list); "Johanna Reiter" and the date are bylines, the editor line "edited by Dana
  // Okonkwo" too (it names who made the article); the reading time, kicker, share labels (sr-only), lead caption and credit,
  // the support box, the print-issue note, DOI, "Rights & Permissions", the author bio card (name heading, bio, "More by"),
  // the stand-up ask, "Popular Stories", the newsletter, header, nav and footer are furniture; the bio's name heading is
  // the byline name: listed once, as a byline; "Subscribe" (header and support box) is listed once; the footer's "About" is a
  // word of the body ("worries about speed"): out of the furniture since session 14, when batch 20 became training
  title: saTitle,
  headings: [saH1, saH2, saH3],
  body: [saDek, ...texts(saIntro), ...texts(saS1), ...texts(saS2), ...texts(saS3)],
  bylines: ['Johanna Reiter', 'edited by Dana Okonkwo', 'November 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...saNav, 'Subscribe', 'Sign In', 'Ecology', '6 min read', ...saShare, saCap, saCredit, saSupport[0], saSupport[1],
    saIssue, saDoi, 'Rights & Permissions', saBio, 'More by Johanna Reiter', 'It’s Time to Stand Up for Science',
    'Independent science journalism depends on readers.', 'Subscribe Now', 'Popular Stories', ...saPopular, 'Science News, Every Weekday',
    'Sign up for our free daily newsletter.', 'Sign Up', ...saFoot.filter((t) => t !== 'About'), saNotice, saCopy,
  ],
};

export const HELDOUT20_F: readonly TestPage[] = [sciAm, huffPost];
