import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 208, file c2: a Welcome to the Jungle company story (welcometothejungle.com/en/articles, styled-components
 * class names: the header nav with "Log in" and "Sign up", the category breadcrumb, the title and bold standfirst, author,
 * date and reading time, the hero photo credit, h2 sections with a pull quote, the embedded company card with its job count,
 * the italic "Follow Welcome to the Jungle" promo at the end of the text, the "Edited by" and "Translated by" lines, topic
 * tags, share buttons, "Read more" cards, the newsletter block, the footer and the Didomi consent notice).
 */
const wtTitle = 'Inside Brume Studio, where designers and engineers swap desks every Friday';
const wtLead =
  'At this Lyon software studio of 85 people, nobody owns a project on their own and Friday afternoons are for learning somebody ' +
  'else’s job. We spent a week with the team to see how it works.';
const wtP1 = [
  'On a grey Friday in October, Inès Moreau, a product designer at Brume Studio, is writing a database migration. Across the ' +
    'table, the backend engineer who would normally write it is redrawing the onboarding screens of a booking app for dentists. ' +
    'Neither of them seems worried.',
  '“Swap Fridays” started in 2022, when the studio had thirty people and a problem familiar to many agencies: designers handed ' +
    'over files, engineers built something slightly different, and both sides blamed the other. “We were losing a week on every ' +
    'project to misunderstandings,” says co-founder Julien Perrault.',
];
const wtH1 = 'Learning the other side of the table';
const wtP2 = [
  'The rule is simple. Every Friday afternoon, each person spends three hours on a task from another discipline, with a ' +
    'colleague from that discipline beside them. Designers fix small bugs, engineers run user interviews, project managers ' +
    'write test plans. Nothing goes into production without the usual review.',
  'The studio says it now loses far less time on handovers. More surprising to the founders was the effect on hiring. Candidates ' +
    'mention Swap Fridays in almost every interview, and two of the studio’s current engineers joined as designers.',
];
const wtQuote = '“I understood more about our product in three months of Fridays than in two years of reading tickets.”';
const wtH2 = 'No stars, no silos';
const wtP3 = [
  'Brume Studio works for about twenty clients a year, mostly healthcare and transport companies in France and Switzerland. ' +
    'Teams of four to six people form around each project and are dissolved when it ends. There are no permanent leads; ' +
    'whoever knows the client best runs the weekly meeting.',
  'The studio publishes its salary grid internally, and every salary is reviewed each January against it. “When you ask people ' +
    'to learn each other’s work, you cannot have a hierarchy of who is worth more,” says Perrault. Salaries for experienced ' +
    'engineers and designers sit between €48,000 and €62,000.',
];
const wtH3 = 'Growing without losing the habit';
const wtP4 = [
  'The studio plans to reach 110 people by the end of 2026, and the founders admit that Swap Fridays is harder to organise at ' +
    'that size. This year they introduced a simple sign-up board, and the pairs are now chosen a week ahead.',
  'For Moreau, the practice has become part of the job rather than a perk. “On Monday I go back to my own work, but I design ' +
    'differently now. I know which of my ideas will cost the engineers a week,” she says.',
];
const wtNav = ['Find a job', 'Find a company', 'Media', 'Employers'];
const wtCard = ['Brume Studio', 'Software, Design, Healthtech', '85 employees', 'Lyon', 'See the company', '4 jobs'];
const wtPromo = 'Follow Welcome to the Jungle on LinkedIn and on Instagram, and subscribe to our newsletter to get our latest articles every day!';
const wtTags = ['Company culture', 'Learning', 'Tech careers'];
const wtMore = [
  'Four-day week: what we learned from twelve companies that tried it',
  'How to talk about salary in your first interview',
  'The quiet rise of the in-house agency',
];
const wtNews = ['Get the latest articles in your inbox every week', 'Your email', 'Subscribe'];
const wtFoot = ['About us', 'Careers', 'Press', 'Help center', 'Terms of use', 'Privacy policy', 'Cookies', 'Accessibility'];
const wtCookie =
  'Welcome to the Jungle and its partners use cookies to measure the audience of the site, show you personalised content and ' +
  'offers, and improve your experience.';
const wtPs = (a: readonly string[]): string => a.map((p) => `<p class="sc-fTFjTM hbSjEV">${p}</p>`).join('\n');
const wtH = (t: string): string => `<h2 class="sc-gsFSXq dBrNfn wui-text">${t}</h2>`;
const wtHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inside Brume Studio, where designers and engineers swap desks every Friday | Welcome to the Jungle</title>
<meta name="description" content="${wtLead}"><meta property="og:type" content="article"><meta property="og:title" content="${wtTitle}">
<meta property="og:site_name" content="Welcome to the Jungle"><meta property="article:published_time" content="2025-11-05T06:30:00.000Z">
<link rel="canonical" href="https://www.welcometothejungle.com/en/articles/brume-studio-swap-fridays">
<link rel="alternate" hreflang="fr" href="https://www.welcometothejungle.com/fr/articles/brume-studio-vendredis-echange">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wtTitle}","datePublished":"2025-11-05T06:30:00.000Z",
"author":{"@type":"Person","name":"Camille Arnaud"},"publisher":{"@type":"Organization","name":"Welcome to the Jungle"}}</script>
<style data-styled="active">.sc-fTFjTM{font-size:1.125rem;line-height:1.6}</style></head>
<body><div id="root"><header class="sc-bXCLTC jVDkUa" data-testid="header"><a href="/en" aria-label="Welcome to the Jungle"><svg viewBox="0 0 150 40"></svg></a>
<nav class="sc-dhKdcB eOEmFp"><ul>${links(wtNav, 'sc-kpDqfm')}</ul></nav><div class="sc-jEACwC"><a href="/en/signin">Log in</a><a class="sc-cwHptR"
href="/en/signup">Sign up</a></div></header>
<main class="sc-eDPEul kQvbOf"><article data-testid="article"><nav aria-label="breadcrumb" class="sc-jXbUNg"><ol><li><a href="/en/articles">Media</a></li>
<li><a href="/en/collections/company-culture">Company culture</a></li></ol></nav>
<h1 class="sc-gEvEer wui-text" data-testid="article-title">${wtTitle}</h1>
<div class="sc-fqkvVR" data-testid="article-header-meta"><span>Written by</span> <a href="/en/authors/camille-arnaud">Camille Arnaud</a>
<span class="sc-iGgWBj">Published on Nov 5, 2025</span><span class="sc-gsFSXq">5 min</span></div>
<figure class="sc-imWYAI"><img alt="" src="https://cdn.welcometothejungle.example/uploads/image/file/brume-studio.jpg">
<figcaption class="sc-jlZhew">Photo: Thomas Decamps for Welcome to the Jungle</figcaption></figure>
<div class="sc-dtBdUo" data-testid="article-content"><p class="sc-fTFjTM hbSjEV"><strong>${wtLead}</strong></p>
${wtPs(wtP1)}
${wtH(wtH1)}
${wtPs(wtP2)}
<blockquote class="sc-kAyceB"><p>${wtQuote}</p><cite>Pierre Gaillard, backend engineer</cite></blockquote>
<div class="sc-hknOHE" data-testid="organization-card"><img alt="" src="https://cdn.welcometothejungle.example/uploads/logo/brume.png"><div>
<p class="sc-uVWWZ">${wtCard[0]}</p><p>${wtCard[1]}</p><p><span>${wtCard[2]}</span> · <span>${wtCard[3]}</span></p></div>
<a href="/en/companies/brume-studio">${wtCard[4]}</a><a href="/en/companies/brume-studio/jobs">${wtCard[5]}</a></div>
${wtH(wtH2)}
${wtPs(wtP3)}
${wtH(wtH3)}
${wtPs(wtP4)}
<p class="sc-fTFjTM hbSjEV"><em>${wtPromo}</em></p>
<p class="sc-fTFjTM hbSjEV"><em>Edited by Mia Laurent; Translated by Ada Brennan</em></p></div>
<div class="sc-eBMEME" data-testid="article-tags"><span>Topics discussed</span>${wtTags.map((t) => `<a href="/en/tags/${t.length}">${t}</a>`).join('')}</div>
<div class="sc-dCFHLb" data-testid="share-buttons"><span>Share</span><a href="https://www.linkedin.com/sharing/share-offsite/?url=x" aria-label="LinkedIn">
<svg></svg></a><a href="https://www.facebook.com/sharer.php?u=x" aria-label="Facebook"><svg></svg></a><button type="button" aria-label="Copy link"><svg></svg>
</button></div></article>
<section class="sc-fhzFiK" data-testid="related-articles"><h2>Read more</h2>${wtMore
  .map(
    (t) => `<a href="/en/articles/${t.length}"><h3>${t}</h3>
</a>`,
  )
  .join('\n')}</section>
<section class="sc-jxOSlx" data-testid="newsletter"><h2>${wtNews[0]}</h2><form><label for="nl">${wtNews[1]}</label><input id="nl" type="email">
<button type="submit">${wtNews[2]}</button></form></section></main>
<footer class="sc-lcIPJg" data-testid="footer"><ul>${links(wtFoot, 'sc-kdBSHD')}</ul><p>© 2025 Welcome to the Jungle. All rights reserved.</p></footer></div>
<div id="didomi-host"><div class="didomi-popup-notice didomi-notice-banner" role="region" aria-label="Cookie notice">
<div class="didomi-notice-text">${wtCookie}</div>
<div class="didomi-notice-buttons"><button id="didomi-notice-learn-more-button">Learn more</button>
<button id="didomi-notice-disagree-button">Disagree and close</button>
<button id="didomi-notice-agree-button">Agree and close</button></div></div></div>
<script>window.__INITIAL_STATE__={"article":{"slug":"brume-studio-swap-fridays","locale":"en"}};</script>
<script src="https://cdn.welcometothejungle.example/static/js/main.7e1c9a.js" defer></script></body></html>`;
export const wttjStory: TestPage = {
  html: wtHtml,
  name: 'heldout208-welcometothejungle-company-story',
  kind: 'news',
  // the bold standfirst and the pull quote are body (the quote's cite line is in neither list); "Written by", the author,
  // date, reading time and the "Edited by ... Translated by" line are bylines; the organisation card, the closing
  // "Follow Welcome to the Jungle" promo inside the text, the photo credit, breadcrumb, tags, share, related, newsletter,
  // footer and Didomi notice are furniture
  title: wtTitle,
  headings: [wtH1, wtH2, wtH3],
  body: texts([wtLead, ...wtP1, ...wtP2, wtQuote, ...wtP3, ...wtP4]),
  bylines: ['Written by', 'Camille Arnaud', 'Published on Nov 5, 2025', '5 min', 'Edited by Mia Laurent; Translated by Ada Brennan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wtNav, 'Log in', 'Sign up', 'Company culture', 'Photo: Thomas Decamps for Welcome to the Jungle', ...wtCard, wtPromo, 'Topics discussed', 'Learning',
    'Tech careers', 'Share', 'Read more', ...wtMore, ...wtNews, ...wtFoot, '© 2025 Welcome to the Jungle. All rights reserved.', wtCookie, 'Learn more',
    'Disagree and close', 'Agree and close',
  ],
};
