import { links, type TestPage, texts } from './page-kit.js';
import { newspackLocal } from './pages-heldout88-c2.js';

/**
 * Held-out batch 88, file c: a wire story on Reuters' current Fusion template, for an invented agency (skip link, the
 * professional-terminal promo strip, the nav with "My News" and "Sign In", the section tag, headline, the "Summary" bullets,
 * the byline and dateline time with "Updated", the lead photo with "[1/2]", caption, credit and "Purchase Licensing Rights",
 * paragraphs as data-testid divs with the city dateline in the first one, the inline "Sign up here." newsletter promo, the
 * "Reporting by ...; Editing by ..." sign-off, the trust principles line, "Suggested Topics", "Read Next" cards, sponsored
 * links and the footer with the quotes-delay notice) and, from file c2, a local news story on a Newspack (WordPress) site.
 */
const rtTitle = 'European rail freight firms seek emergency EU support as power costs bite';
const rtSummary = [
  'Operators say electricity costs have risen 40% since spring',
  'Industry group warns of shift back to road haulage',
  'Commission says it is studying a temporary aid framework',
];
const rtP = [
  'BRUSSELS, Nov 12 (Calder) - Europe’s largest rail freight operators asked the European Commission on Wednesday for ' +
    'emergency help with electricity bills, warning that a renewed jump in power prices threatened to push cargo back ' +
    'onto the continent’s roads.',
  'In a letter seen by Calder, the European Rail Freight Operators’ Association said traction power costs for its members ' +
    'had risen by about 40% since April, driven by higher wholesale prices and new network charges in several countries.',
  'The group, whose 31 members move around two-thirds of the rail freight carried in the European Union, asked for a ' +
    'temporary cap on the network access fees operators pay and for rail freight to be included in any new state aid ' +
    'framework for energy-intensive industries.',
  '“Our members cannot pass these costs on to customers who can switch to trucks tomorrow,” the association’s secretary ' +
    'general, Henrik Vasquez-Lind, said in an interview. “Every train we lose is forty lorries on the motorway.”',
  'A Commission spokesperson said officials were “studying options for a temporary, targeted framework” and would meet ' +
    'industry representatives next week. The spokesperson declined to give a timetable.',
  'Rail carries about 17% of freight moved over land in the EU, a share that has barely changed in a decade despite a goal ' +
    'of raising it to 30% by 2030. Operators have long complained that they pay for every kilometre of track they use, ' +
    'while road hauliers pay tolls on only part of the network.',
  'Three operators told Calder they had already cut services on lower-margin routes. Poland’s Kolmar Cargo said it had ' +
    'suspended two weekly trains between Gdansk and the Czech border last month, and Italy’s Ferrovie Merci Alpine said ' +
    'it was reviewing its timetable for next year.',
  'Analysts said the request was unlikely to be granted in full. “Brussels will want to help, but it has been very ' +
    'reluctant to open the door to new operating subsidies,” said Marta Olsen, a transport analyst at Lindqvist Partners ' +
    'in Copenhagen. “A cut in track fees paid for by member states is the more likely outcome.”',
  'Wholesale power prices for delivery next year have climbed about 18% on the main European exchanges since September, ' +
    'as low wind output and gas storage concerns pushed up forward contracts.',
];
const rtPromo = 'Get a quick look at the day’s breaking transport news and analysis from the Freight Line newsletter.';
const rtSignOff = 'Reporting by Clara Benoit in Brussels; Additional reporting by Tomasz Wrona in Warsaw; Editing by Alison Drake';
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'Sports'];
const rtPro = 'Exclusive news, data and analytics for financial market professionals';
const rtCaption = 'A freight train loaded with containers passes through a station near Mannheim, Germany, March 3, 2025. CALDER/Jakob Reinholt/File Photo';
const rtTopics = ['Business', 'Rail', 'Energy', 'Transportation'];
const rtNext = [
  'Truck drivers’ strike snarls traffic at Spanish ports',
  'EU lawmakers back longer, heavier lorries in key vote',
  'Power prices for 2026 hit six-month high on low wind',
];
const rtSponsored = ['Sponsored Content', 'How smart sensors are changing the way ports move cargo'];
const rtFoot = [
  'Apps',
  'Newsletters',
  'Advertise with Us',
  'Advertising Guidelines',
  'Cookies',
  'Terms of Use',
  'Privacy',
  'Do Not Sell or Share My Personal Information',
];
const rtDelay = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rtPara = (p: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="text-module__text__0GDob text-module__dark-grey__UFC18 text-module__regular__IN2ce ` +
  `text-module__small_body__Cs4qt body-module__full_width__12V3g body-module__small_body__4ptFx article-body-module__paragraph__2-BtD">${p}</div>`;
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rtTitle} | Calder</title><meta name="description" content="${rtSummary[0]}"><meta property="og:title" content="${rtTitle}">
<meta property="og:type" content="article"><meta name="article:published_time" content="2025-11-12T10:47:00Z">
<meta name="analyticsAttributes.contentChannel" content="Business"><meta name="article:author" content="Clara Benoit">
<link rel="canonical" href="https://www.calder.example/business/autos-transportation/european-rail-freight-firms-seek-eu-support-2025-11-12/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rtTitle}",
"dateCreated":"2025-11-12T10:47:00Z","dateModified":"2025-11-12T13:02:00Z","author":[{"@type":"Person","name":"Clara Benoit"}],
"publisher":{"@type":"Organization","name":"Calder"},"isAccessibleForFree":true}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="calder";Fusion.deployment="2914";</script></head>
<body><div id="fusion-app"><a class="skip-link__skip-link__1cU3b" href="#main-content">Skip to main content</a>
<div class="pro-bar__container__3aqpM"><span>${rtPro}</span><a href="https://www.calderpro.example/?utm_source=calder">Learn more about Calder Pro</a></div>
<header class="site-header__header__2ZkQl" data-testid="Header"><a href="/" aria-label="Calder home page" class="site-header__logo__3Ow9h"><svg></svg></a>
<nav aria-label="Main navigation" class="site-header__nav__1eB1A"><ul>${links(rtNav, 'nav-bar__item__3oDDj')}
<li><button class="nav-bar__more__1aZe2">More</button></li></ul></nav><div class="site-header__account__1Xk21"><a href="/account/mynews/">My News</a>
<a href="/account/sign-in/" data-testid="Button">Sign In</a><a href="/account/register/" data-testid="Button">Register</a></div></header>
<main id="main-content" class="regular-article-layout__main__1tplD"><article class="article__container__2k6Z1">
<header class="article-header__header__1zOSC"><nav aria-label="Tags" class="article-header__tags__2T6bU"><a data-testid="Link"
href="/business/autos-transportation/">Autos &amp; Transportation</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j">${rtTitle}</h1>
<div class="article-header__dateline__4jE04"><div data-testid="AuthorByline" class="author-bylines__wrapper__3-Wsa">By <a data-testid="AuthorNameLink"
href="/authors/clara-benoit/">Clara Benoit</a></div><time data-testid="DateLineText" datetime="2025-11-12T10:47:00Z"
class="date-line__date__23Ge-"><span class="date-line__date___kNbY">November 12, 2025</span><span class="date-line__date___kNbY">10:47 AM GMT</span>
<span class="date-line__date___kNbY">Updated 2 hours ago</span></time></div>
<div class="article-header__summary__3yT1L"><span class="summary__heading__2kPZC">Summary</span><ul data-testid="Summary">
${rtSummary.map((t) => `<li data-testid="Body" class="text__text__1FZLe summary__summary__1hFNn">${t}</li>`).join('\n')}</ul>
<a href="/business/autos-transportation/" class="summary__companies__3sHJw">Companies</a></div></header>
<div class="article-body__container__3ypuX"><figure class="primary-media__container__1Xf3S"><div class="carousel__counter__3Gy7x">[1/2]</div>
<img src="https://www.calder.example/resizer/v2/RAILFREIGHT.jpg?auth=9c2e&amp;width=960" alt="${rtCaption}" width="960" height="640">
<figcaption class="image-caption__container__2oMQC"><span data-testid="Body" class="image-caption__caption__3n1wX">${rtCaption}</span>
<a href="https://www.caldermedia.example/licensing/" class="image-caption__licensing__1BgGB">Purchase Licensing Rights<span
class="sr-only">, opens new tab</span></a>
</figcaption></figure>
<div class="article-body__content__17Yit" data-testid="ArticleBody">
${rtP
  .slice(0, 2)
  .map((p, i) => rtPara(p, i))
  .join('\n')}
<div class="article-body__element__2p5pI" data-testid="promo-box"><div class="article-body__promo__3cB1e"><p>${rtPromo}
<a href="https://www.calder.example/newsletters/freight-line/" data-testid="Link">Sign up here.</a></p></div></div>
${rtP
  .slice(2)
  .map((p, i) => rtPara(p, i + 2))
  .join('\n')}
<p data-testid="Body" class="text__text__1FZLe sign-off__sign-off__3qKPV">${rtSignOff}</p></div>
<div class="trust-principles__container__1aWlR"><p class="trust-principles__text__2Y9pu">
<a href="https://www.caldermedia.example/trust-principles">Our Standards:
The Calder Trust Principles.<span class="sr-only">, opens new tab</span></a></p></div>
<div class="article-footer__topics__3Kuh4"><span>Suggested Topics:</span><ul>${links(rtTopics, 'tags__item__1F2rt')}</ul></div>
<div class="article-footer__licensing__3bW7Y"><a href="https://www.caldermedia.example/licensing/">Purchase Licensing Rights</a></div></div></article>
<section class="read-next__container__2a8Xp" data-testid="ReadNext"><h2>Read Next</h2><ul>${links(rtNext, 'story-card__item__3z1lP')}</ul></section>
<aside class="sponsored__container__1dG3X"><span class="sponsored__label__3Yw1C">${rtSponsored[0]}</span><a href="https://promo.calder.example/ports">
${rtSponsored[1]}</a></aside></main>
<footer class="site-footer__footer__2sjf4"><ul>${links(rtFoot, 'site-footer__item__1ycwe')}</ul><p class="site-footer__quotes__3s7JQ">${rtDelay}</p>
<p class="site-footer__copyright__3bqZd">© 2025 Calder. All rights reserved</p></footer></div>
<script src="/pf/dist/engine/react.js?d=2914" defer></script></body></html>`;
const calder: TestPage = {
  html: rtHtml,
  name: 'heldout88-reuters-wire-news',
  kind: 'news',
  // the "Summary" bullets are the story's own summary: body; the dateline opens the first paragraph and stays in it; the
  // sign-off ("Reporting by ...; Editing by ...") is a byline; the trust principles line, the promo, the caption and
  // credit, tags and rails are furniture
  title: rtTitle,
  headings: [],
  body: [...rtSummary, ...texts(rtP)],
  bylines: ['By Clara Benoit', 'November 12, 2025', '10:47 AM GMT', 'Updated 2 hours ago', rtSignOff],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', rtPro, 'Learn more about Calder Pro', ...rtNav, 'More', 'My News', 'Sign In', 'Register', 'Autos & Transportation',
    'Summary', 'Companies', '[1/2]', rtCaption, 'Purchase Licensing Rights', ', opens new tab', rtPromo, 'Sign up here.',
    'Our Standards: The Calder Trust Principles.', 'Suggested Topics:', ...rtTopics.slice(1), 'Read Next', ...rtNext, ...rtSponsored, ...rtFoot,
    rtDelay, '© 2025 Calder. All rights reserved',
  ],
};

export const HELDOUT88_C: readonly TestPage[] = [calder, newspackLocal];
