import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 129, file e2: a POLITICO Congress story on its Brightspot template (skip link, the header with the section
 * nav, "POLITICO Pro" and "Log In", the lead figure, the headline as an h2 in the lead media item with the dek, the story
 * meta with "By" authors, timestamps and the social tools with hidden "Link Copied", placed inside "story-text", h3
 * subheads, "Story Continued Below" ad markers, an in-story newsletter sign-up with its hidden status texts, the
 * "contributed to this report" line, "Filed under", "Most Read" and the footer).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const pTitle = 'Senate deal on farm bill extension collapses over SNAP work rules';
const pDek = 'A bipartisan agreement to extend the farm bill for a year fell apart hours before a planned vote, leaving key programs set to lapse Dec. 31.';
const pP1 = paras(`
A bipartisan deal to extend the farm bill for another year collapsed Tuesday afternoon, hours before the Senate was expected to vote on
it, after conservatives objected to a last-minute change to work requirements for food aid.

The breakdown leaves dozens of agriculture programs — from crop insurance subsidies to dairy price supports — set to expire Dec. 31, and
raises the prospect of the so-called dairy cliff, under which milk prices could jump early next year as an obscure 1949 law kicks back in.

“We were there. We had the votes. And then we didn’t,” Senate Agriculture Chair Marcus Welling said as he left a closed-door meeting with
Republican colleagues. “I’m not going to pretend this is anything other than a setback.”`);
const pH1 = 'What went wrong';
const pP2 = paras(`
The one-year extension, negotiated over two weeks by Welling and the committee’s top Democrat, Sen. Patrice Odom, would have kept current
programs running through next September while the two parties keep working on a full five-year bill.

But on Monday night, Democrats secured a provision that would have paused a planned expansion of work requirements for some adults
receiving Supplemental Nutrition Assistance Program benefits until the full bill was done. Several conservative senators said they had not
been told about the change and would oppose the package.

Sen. Clay Rutherford, who led the opposition, said the pause amounted to “rewriting welfare policy in the dark.” Odom’s office countered
that the language had been shared with all committee offices on Sunday.

Without the conservatives, Republican leaders concluded they did not have enough votes to clear a procedural hurdle and pulled the bill
from Tuesday’s schedule.`);
const pH2 = 'Farm groups sound the alarm';
const pP3 = paras(`
Agriculture groups, which had lobbied hard for the extension, reacted with frustration. The National Grain Growers Council said in a
statement that farmers “cannot plan next year’s crop around a cliff.”

Dairy producers are particularly exposed. If no extension passes, the Agriculture Department would eventually be required to buy milk at
prices set under the 1949 law, which economists estimate could roughly double retail prices within months — though past Congresses have
always acted before that happened.

Welling said he would try again next week and was open to dropping the SNAP provision entirely. Odom signaled that would be a hard sell
for Democrats.

“We made a deal in good faith,” she told reporters. “If the deal changes, everything is back on the table.”

House Agriculture Chair Dennis Farraday said his chamber would not move first. “The Senate needs to figure out what it can pass,” he said.
“Then we’ll talk.”`);
const pNav = ['Congress', 'White House', 'Elections', 'Legal', 'Foreign Affairs', 'Playbook', 'Newsletters', 'Podcasts', 'Video'];
const pCaption = 'Senate Agriculture Chair Marcus Welling speaks to reporters after a closed-door meeting on Tuesday.';
const pCredit = 'Jordan Hale/POLITICO';
const pShare = ['Facebook', 'Twitter', 'Email', 'Link', 'Link Copied'];
const pNews = [
  'Sign up for Inside Congress',
  'Your guide to what’s happening on Capitol Hill, every weekday morning.',
  'Email',
  'Sign Up',
  'By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by following the ' +
    'directions at the bottom of the email.',
  'Loading',
  'You will now start receiving email updates',
  'You are already subscribed',
  'Something went wrong',
];
const pFiled = ['Agriculture', 'Senate', 'SNAP', 'Farm Bill'];
const pMost = [
  'House GOP unveils stopgap plan as shutdown deadline nears',
  'The governor’s race nobody expected to be close',
  'Inside the White House scramble over tariff exemptions',
  'Judge blocks new rule on student loan forgiveness',
];
const pFoot = [
  'About Us',
  'Advertising',
  'Breaking News Alerts',
  'Careers',
  'Credit Card Payments',
  'Digital Edition',
  'FAQ',
  'Feedback',
  'Headlines',
  'Photos',
  'POWERJobs',
  'Press',
  'Print Subscriptions',
  'Request A Correction',
  'Write For Us',
  'RSS',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'Do not sell or share my personal information',
];
const pPs = (a: readonly string[]): string => a.map((p) => `<p class="story-text__paragraph">${p}</p>`).join('\n');
const pAd = (n: number): string => `<div class="story-continued">Story Continued Below</div>
<aside class="ad ad--story" data-ad-slot="story-${n}"><div class="ad__slot" id="pol-story-${n}"></div></aside>`;
const pHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Senate deal on farm bill extension collapses over SNAP work rules - POLITICO</title><meta name="description" content="${pDek}">
<meta property="og:title" content="${pTitle}"><meta property="og:site_name" content="POLITICO"><meta name="brightspot.contentId" content="00000199-4f2a">
<link rel="canonical" href="https://www.politico.example/news/2025/11/04/farm-bill-extension-collapses-snap-00642117">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2025-11-05T00:32:00Z",
"author":[{"@type":"Person","name":"Grace Holbrook"},{"@type":"Person","name":"Daniel Vostrikov"}],
"publisher":{"@type":"Organization","name":"POLITICO"}}</script>
<script>var _sf_async_config=window._sf_async_config||{};_sf_async_config.sections="Congress";
_sf_async_config.authors="Grace Holbrook,Daniel Vostrikov";</script>
<link rel="stylesheet" href="https://static.politico.example/resource/00000199/styleguide/assets/battletoads/css/shared--base.css"></head>
<body class="layout--story"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="global-header" role="banner"><div class="global-header__inner"><a class="global-header__logo" href="/" aria-label="POLITICO"></a>
<nav class="global-header__nav" aria-label="Sections"><ul>${links(pNav, 'global-header__nav-item')}</ul></nav>
<div class="global-header__actions"><a class="global-header__pro" href="https://subscriber.politicopro.example/">POLITICO Pro</a>
<a class="global-header__login" href="/login">Log In</a></div></div></header>
<main id="main" class="container container--story"><div class="container__row"><div class="container__column container__column--story">
<section class="media-item media-item--story media-item--story-lead"><figure class="story-photo"><div class="fig-graphic">
<img alt="Marcus Welling" src="https://static.politico.example/dims4/default/welling.jpg" width="1160" height="773"></div>
<figcaption class="story-photo__caption"><p>${pCaption}</p><p class="story-photo__credit">${pCredit}</p></figcaption></figure>
<div class="media-item__summary size--medium"><h2 class="headline">${pTitle}</h2><p class="dek">${pDek}</p></div></section>
<div class="story-text">
<div class="story-meta"><div class="story-meta__authors-timestamp has-social-tools"><div class="story-meta__details">
<p class="story-meta__authors"><span class="vcard">By <a href="/staff/grace-holbrook">Grace Holbrook</a></span> and
<span class="vcard"><a href="/staff/daniel-vostrikov">Daniel Vostrikov</a></span></p>
<p class="story-meta__timestamp"><time datetime="2025-11-05T00:32:00Z">11/04/2025 07:32 PM EST</time></p>
<p class="story-meta__updated"><span>Updated: 11/04/2025 09:05 PM EST</span></p></div>
<aside class="social-tools"><ul class="social-tools__list">
${pShare
  .slice(0, 4)
  .map(
    (t) => `<li class="social-tools__list-item"><a class="social-tools__link" href="#" aria-label="${t}">
<span class="social-tools__label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul><span class="social-tools__copied is-hidden" aria-live="polite">${pShare[4]}</span></aside></div></div>
${pPs(pP1)}
${pAd(1)}
<h3 class="story-text__heading-medium">${pH1}</h3>
${pPs(pP2.slice(0, 2))}
<div class="newsletter-signup newsletter-signup--in-story"><h4 class="newsletter-signup__title">${pNews[0]}</h4><p>${pNews[1]}</p>
<form class="newsletter-signup__form"><label for="nl-story">${pNews[2]}</label><input id="nl-story" type="email"><button type="submit">${pNews[3]}</button>
<p class="newsletter-signup__legal">${pNews[4]}</p><p class="newsletter-signup__status is-hidden">${pNews[5]}</p>
<p class="newsletter-signup__status is-hidden">${pNews[6]}</p><p class="newsletter-signup__status is-hidden">${pNews[7]}</p>
<p class="newsletter-signup__status is-hidden">${pNews[8]}</p></form></div>
${pPs(pP2.slice(2))}
${pAd(2)}
<h3 class="story-text__heading-medium">${pH2}</h3>
${pPs(pP3)}
<p class="story-text__paragraph"><em>Ben Kessler contributed to this report.</em></p>
</div>
<div class="story-tags"><p class="story-tags__label">Filed under:</p><ul>${links(pFiled, 'story-tags__item')}</ul></div></div>
<aside class="container__column container__column--sidebar"><section class="most-read"><h3 class="most-read__title">Most Read</h3><ol>
${pMost
  .map(
    (t, i) => `<li class="most-read__item"><span class="most-read__number">${i + 1}</span>
<a href="/news/2025/11/04/most-${i}">${t}</a></li>`,
  )
  .join('\n')}
</ol></section><div class="ad ad--sidebar"><div class="ad__slot" id="pol-rail-1"></div></div></aside></div></main>
<footer class="global-footer" role="contentinfo"><ul class="global-footer__links">${links(pFoot, 'global-footer__item')}</ul>
<p class="global-footer__copyright">© 2025 POLITICO LLC</p></footer>
<script src="https://static.politico.example/resource/00000199/styleguide/assets/battletoads/js/story.js" defer></script></body></html>`;
export const politico: TestPage = {
  html: pHtml,
  name: 'heldout129-politico-news-story',
  kind: 'news',
  // the headline is the lead media item's h2 (the page has no h1); the dek is body; the "By" authors, timestamps and the
  // "contributed to this report" line are bylines (the meta block sits inside story-text); the caption and credit, share
  // labels with the hidden "Link Copied", "Story Continued Below", the newsletter box with its hidden status texts,
  // "Filed under:", "Most Read", nav and footer are furniture
  title: pTitle,
  headings: [pH1, pH2],
  body: texts([pDek, ...pP1, ...pP2, ...pP3]),
  bylines: ['By Grace Holbrook and Daniel Vostrikov', '11/04/2025 07:32 PM EST', 'Updated: 11/04/2025 09:05 PM EST', 'Ben Kessler contributed to this report.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...pNav, 'POLITICO Pro', 'Log In', pCaption, pCredit, ...pShare, 'Story Continued Below', ...pNews.filter((t) => t !== 'Email'),
    'Filed under:', ...pFiled, 'Most Read', ...pMost, ...pFoot, '© 2025 POLITICO LLC',
  ],
};
