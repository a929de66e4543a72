import { links, ps, type TestPage, texts } from './page-kit.js';
import { yahooPage } from './pages-heldout114-e2.js';

/**
 * Held-out batch 114, file e: a regional daily's story on a Hearst-style template closed by "Read more:" link lines and a
 * "Contact the reporter" box (nav, "Sign In", the section label, byline with "Reporter" title and date, share buttons,
 * the lead photo caption, an inline "Advertisement" slot, "Most Popular" rail and footer) and, from file e2, a wire
 * story syndicated on a portal's news site opened by "This article originally appeared in ...".
 */
const title = 'Transit agency to cut late-night bus service on 11 routes, citing driver shortage';
const paras = [
  'Valmont Regional Transit will end bus service after 10 p.m. on 11 of its 34 routes starting Jan. 5, the agency said Thursday, ' +
    'blaming a shortage of drivers that has forced it to cancel hundreds of trips a week since the summer.',
  'The cuts will affect about 2,300 weekday riders, according to agency estimates, many of them hospital, warehouse and ' +
    'restaurant workers who finish shifts late at night.',
  'General Manager Otis Pembrook said the agency is short about 70 of the 410 drivers it needs. Rather than keep canceling ' +
    'trips without warning, he said, it would be better to run a smaller schedule that riders can rely on.',
  '“The worst thing for a rider is standing at a stop at 11 o’clock at night for a bus that never comes,” Pembrook said.',
  'The routes losing late service include the 7 Eastside, which serves Valmont General Hospital, and the 22 Industrial, which ' +
    'runs past the distribution centers along the river. The agency said it would extend its on-demand van service to cover ' +
    'parts of both areas until midnight.',
  'Rider advocates said the van service would not be enough. “The vans hold eight people,” said Yolanda Pierce of the Valmont ' +
    'Transit Riders Union. “There are buses on the 22 with 40 people on them at 11 p.m.”',
  'The agency has raised starting pay for drivers to $24.50 an hour and is offering a $5,000 signing bonus. Pembrook said he ' +
    'hoped to restore the cut service by summer if hiring picks up.',
  'The transit board will hold a public hearing on the changes on Dec. 9 at the downtown library.',
  'Riders who want to comment but cannot attend can send written remarks to the board before the hearing.',
  'The agency said it would publish the new late-night schedule online by mid-December and post notices at affected stops.',
];
const readMore = ['Read more: Valmont transit ridership returns to 2019 levels', 'Read more: What the new fare cards mean for your commute'];
const contact = [
  'Contact the reporter',
  'Have a tip or a question about this story? Email Maya Ferreira at maya.ferreira@valmontchronicle.example or follow her on X.',
];
const nav = ['Bay Area', 'Sports', 'Food', 'Culture', 'Opinion', 'Weather', 'Real Estate', 'Obituaries', 'E-Edition'];
const popular = ['Storm brings first snow to the foothills', 'Beloved diner closes after 52 years', 'Valmont schools superintendent resigns'];
const foot = ['About', 'Newsroom Policies', 'Careers', 'Contact', 'Subscriber Services', 'Privacy Notice', 'Your California Privacy Rights', 'Terms of Use'];
const caption = 'Riders board a Route 22 bus downtown on Wednesday night.';
const credit = 'Nate Kowalski/The Chronicle';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Valmont transit to cut late-night bus service on 11 routes</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-20T14:00:00-08:00",
"author":[{"@type":"Person","name":"Maya Ferreira"}],"isAccessibleForFree":false}</script>
<script>var HDN=HDN||{};HDN.dataLayer={"content":{"title":"transit cuts","section":"local"}};</script></head>
<body><a class="skip" href="#main">Skip to main content</a><header class="header"><a class="header-logo" href="/">The Valmont Chronicle</a>
<nav class="header-nav" aria-label="Sections"><ul>${links(nav, 'header-nav-item')}</ul></nav><a class="header-subscribe" href="/subscribe">Subscribe</a>
<a class="header-signin" href="/signin">Sign In</a></header>
<main id="main"><article class="article" data-hdn-article="true"><header class="article--header"><div class="article--header-label">
<a href="/local/">Transportation</a></div>
<h1 class="headline">${title}</h1><div class="byline"><span class="byline--author">By <a href="/author/maya-ferreira/">Maya Ferreira</a>, Reporter</span>
<time class="byline--date" datetime="2025-11-20T14:00:00-08:00">Nov 20, 2025</time></div>
<div class="share"><button class="share--button">Facebook</button><button class="share--button">Reddit</button>
<button class="share--button">Email</button></div></header>
<figure class="article--lead"><img src="https://s.hdnux.example/photos/01/44/22/bus.jpg" alt=""><figcaption><span class="caption">${caption}</span>
<span class="credit">${credit}</span></figcaption></figure>
<section class="body">
${ps(paras.slice(0, 4), ' class="paragraph"')}
<div class="ad-inline" aria-hidden="true"><span class="ad-label">Advertisement</span><span class="ad-label">Article continues below this ad</span></div>
${ps(paras.slice(4), ' class="paragraph"')}
${readMore.map((r) => `<p class="paragraph read-more"><strong>${r.slice(0, 10)}</strong> <a href="#">${r.slice(11)}</a></p>`).join('\n')}
<div class="contact-reporter"><h3 class="contact-reporter--title">${contact[0]}</h3><p>${contact[1]}</p></div>
</section></article>
<aside class="rail"><h2>Most Popular</h2><ol>${links(popular)}</ol></aside></main>
<footer class="footer"><ul>${links(foot)}</ul><p>©2025 The Valmont Chronicle. All Rights Reserved.</p></footer></body></html>`;
const hearstPage: TestPage = {
  name: 'heldout114-hearst-read-more-contact-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['By Maya Ferreira, Reporter', 'Nov 20, 2025'],
  furniture: [
    ...readMore,
    ...contact,
    'Skip to main content',
    'The Valmont Chronicle',
    ...nav,
    'Subscribe',
    'Sign In',
    'Transportation',
    'Facebook',
    'Reddit',
    'Email',
    caption,
    credit,
    'Advertisement',
    'Article continues below this ad',
    'Most Popular',
    ...popular,
    ...foot,
    '©2025 The Valmont Chronicle. All Rights Reserved.',
  ],
};
export const HELDOUT114_E: readonly TestPage[] = [hearstPage, yahooPage];
