import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 120, file b2: a story on a German international broadcaster's English site built on DW's template (three
 * skip links, the language switcher and the drawer menu, the kicker, title and teaser, the lead image caption with its
 * "Image:" credit, author and date with a screen-reader copy of the date, the "Skip next section" links around an embedded
 * video with its title and duration, "Advertisement" labels inside the rich text, the "Edited by" line at the end of the text,
 * the short link, the share buttons, "Related topics", the "Send us your feedback" button, "Explore more" cards, the footer
 * and the privacy dialog).
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const dwTitle = 'Germany’s volunteer fire brigades run short of daytime crews';
const dwTeaser = paras(`Most of Germany’s firefighters are volunteers, and many of them now work far from home. In small towns, that leaves
nobody to answer the siren during office hours.`);
const dwP1 = paras(`When the siren sounded in Hollstedt at 10:40 on a Tuesday morning in February, three of the village’s 28 volunteer
firefighters made it to the station. Two of them were retired. The fire, in a barn on the edge of the village, was eventually put out
by crews from two neighbouring towns, who arrived 19 minutes later.

“In the evening, we have more people than we need,” said Jörg Wendlandt, who has led the Hollstedt brigade for nine years. “During
the day, when everybody is at work in the city, it is a different story.”

Of roughly one million firefighters in Germany, more than 90% are volunteers. Outside the big cities, volunteer brigades are often the
only fire service there is. They also respond to car accidents, floods and storms.`);
const dwH1 = 'Commuting empties the villages';
const dwP2 = paras(`Fire service associations have warned for years that the volunteer model depends on people living and working in the
same place. That is increasingly rare. According to a survey by the state firefighters’ association of Lower Saxony, about two-thirds
of rural brigades said they could not always guarantee a full crew on weekdays between 7 a.m. and 5 p.m.

Some brigades have started sharing daytime crews across several villages, so that whoever is nearby answers the call. Others have
signed agreements with local employers, allowing staff to leave work for emergencies without losing pay.

In Hollstedt, the local building supply company lets four of its employees respond to alarms during working hours. “It costs us a
few hours a month,” said its owner, Sabine Krüger. “But if my warehouse catches fire, I want someone to come.”`);
const dwH2 = 'Paying volunteers is controversial';
const dwP3 = paras(`Several states are now debating whether to pay volunteers a small allowance for each call-out, or to add years of
service to their state pension. Supporters say it would help recruitment. Critics argue it would undermine the idea of volunteering
and strain municipal budgets.

Wendlandt is not convinced money is the answer. He believes brigades need to recruit people who are at home during the day, including
parents, shift workers and people who work remotely. “We used to look for strong young men,” he said. “Now we look for anyone who
is around at ten in the morning.”

Hollstedt recruited six new members last year, four of them women. The youngest is 17, the oldest 61.`);
const dwEdited = 'Edited by: Rina Goldenberg';
const dwNav = ['Germany', 'World', 'Business', 'Science', 'Environment', 'Culture', 'Sports', 'Live TV', 'Learn German'];
const dwSkips = ['Skip to content', 'Skip to main menu', 'Skip to more RW sites'];
const dwCaption = 'Volunteer firefighters train in a village in Lower Saxony';
const dwVideo = ['Video: How Germany’s volunteer firefighters are trained', '02:58'];
const dwShare = ['Send', 'Facebook', 'X', 'LinkedIn', 'Whatsapp', 'Email'];
const dwTopics = ['Fire', 'Lower Saxony', 'Volunteering', 'Rural areas'];
const dwMore = [
  'Germany’s rural doctors are retiring faster than they can be replaced',
  'Floods in Bavaria: volunteers fill sandbags through the night',
  'Why fewer young Germans are joining clubs',
];
const dwFoot = ['About RW', 'RW Akademie', 'Jobs', 'Legal notice', 'Privacy Policy', 'Accessibility statement', 'Contact', 'Mobile version'];
const dwPrivacy = [
  'Privacy settings',
  'We use cookies and comparable technologies to improve our offering and to analyse how it is used.',
  'Accept all',
  'Settings',
];
const dwAd = '<div class="advertisement sc-1av5dxm-0" data-ad-id="content-ad"><span class="advertisement-label">Advertisement</span></div>';
const dwPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Germany’s volunteer fire brigades run short of daytime crews – RW – 03/12/2025</title>
<meta name="description" content="${dwTeaser[0]}"><meta property="og:title" content="${dwTitle} – RW – 03/12/2025">
<meta property="og:type" content="article">
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://www.rw.example/en/germanys-volunteer-fire-brigades/a-71894310">
<link rel="stylesheet" href="https://static.rw.example/css/main.3f9d.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dwTitle}","datePublished":"2025-03-12T09:14:00.000Z",
"author":[{"@type":"Person","name":"Lena Hartwig"}],"publisher":{"@type":"NewsMediaOrganization","name":"Rheinwelle"},"inLanguage":"en"}</script>
<script>window.__APP_STATE__={"content":{"id":71894310,"type":"ARTICLE","language":"en","regions":["Europe"]}};</script>
<script src="https://static.rw.example/js/main.3f9d.js" defer></script></head>
<body><div id="root"><div class="skip-links">${dwSkips.map((t, i) => `<a class="skip-link" href="#skip-${i}">${t}</a>`).join('\n')}</div>
<header class="sc-header"><a class="logo" href="/en/" aria-label="Rheinwelle"><svg><use href="#rw-logo"></use></svg></a>
<button class="language-toggle" aria-label="Choose language">EN</button><button class="menu-toggle" aria-expanded="false">Menu</button>
<nav id="skip-1" class="navigation" aria-label="Main menu" hidden><ul>${links(dwNav, 'nav-item')}</ul></nav></header>
<main id="skip-0"><article class="article-content" data-tracking-name="article"><header class="article-header">
<div class="kicker"><a href="/en/germany/s-1432">Germany</a></div>
<h1 class="sc-h1">${dwTitle}</h1>
<p class="teaser-text">${dwTeaser[0]}</p>
<div class="author-details"><a class="author-link" href="/en/lena-hartwig/person-55102">Lena Hartwig</a>
<span class="publication-date"><time datetime="2025-03-12T09:14:00.000Z" aria-hidden="true">03/12/2025</time>
<span class="sr-only">March 12, 2025</span></span></div></header>
<figure class="hero-image"><img src="https://static.rw.example/image/71894302_906.jpg" alt="Firefighters in protective gear holding a hose">
<figcaption><span class="caption">${dwCaption}</span><span class="credits">Image: Philipp Roeder/picture alliance</span></figcaption></figure>
<div class="rich-text sc-rich-text">
${dwPs(dwP1.slice(0, 2))}
${dwAd}
${dwPs(dwP1.slice(2))}
<h2>${dwH1}</h2>
${dwPs(dwP2.slice(0, 1))}
<div class="embed embed-video"><a class="skip-link" href="#after-video-1">Skip next section</a><div class="video-player" data-video-id="71893882">
<div class="video-caption"><span class="video-title">${dwVideo[0]}</span><span class="duration">${dwVideo[1]}</span></div></div>
<span id="after-video-1"></span></div>
${dwPs(dwP2.slice(1))}
<h2>${dwH2}</h2>
${dwPs(dwP3.slice(0, 2))}
${dwAd}
${dwPs(dwP3.slice(2))}
<p><em>${dwEdited}</em></p>
</div>
<div class="article-footer"><div class="short-url"><span>https://p.rw.example/p/4rZqX</span></div>
<div class="share-buttons"><p class="share-title">Share</p><ul>${dwShare.map((t) => `<li><a href="#" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div>
<section class="related-topics"><a class="skip-link" href="#after-topics">Skip next section</a><h2 class="section-title">Related topics</h2>
<ul>${links(dwTopics, 'topic-tag')}</ul><span id="after-topics"></span></section>
<button class="feedback-button">Send us your feedback</button></div></article>
<section class="explore-more"><h2 class="section-title">Explore more</h2><div class="teaser-list">
${dwMore.map((t) => `<div class="teaser"><h3><a href="/en/${t.length}">${t}</a></h3></div>`).join('\n')}</div>
<a class="show-more" href="/en/germany/s-1432">Show more</a></section></main>
<footer class="sc-footer"><ul>${links(dwFoot, 'footer-link')}</ul><p>© 2025 Rheinwelle</p></footer>
<div class="privacy-dialog" role="dialog" aria-modal="true"><h2>${dwPrivacy[0]}</h2><p>${dwPrivacy[1]}</p><button class="accept-all">${dwPrivacy[2]}</button>
<button class="settings">${dwPrivacy[3]}</button></div></div>
</body></html>`;
export const dwStory: TestPage = {
  html: dwHtml,
  name: 'heldout120-dw-news',
  kind: 'news',
  // the teaser is body; the "Edited by" line at the end of the rich text and the short link are bylines; the embedded
  // video's title and duration, the "Skip next section" links and the "Advertisement" labels are furniture
  title: dwTitle,
  headings: [dwH1, dwH2],
  body: texts([...dwTeaser, ...dwP1, ...dwP2, ...dwP3]),
  bylines: ['Lena Hartwig', '03/12/2025', 'March 12, 2025', dwEdited, 'https://p.rw.example/p/4rZqX'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dwSkips, 'EN', 'Menu', ...dwNav, dwCaption, 'Image: Philipp Roeder/picture alliance', 'Advertisement', 'Skip next section', ...dwVideo, 'Share',
    ...dwShare, 'Related topics', ...dwTopics, 'Send us your feedback', 'Explore more', ...dwMore, 'Show more', ...dwFoot, '© 2025 Rheinwelle',
    ...dwPrivacy,
  ],
};
