import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 191, file b2: a Gartner newsroom press release (cookie banner, the global nav with "Who We Serve" and
 * "What We Offer", the "Newsroom > Press Releases" breadcrumb, the dateline, the figure with its "Source: Gartner" note,
 * the "About Gartner" boilerplate, the media contact block, the "Related Resources" sidebar with a webinar promo, the
 * hidden "Become a Client" modal, the "Follow Gartner" social list and the footer).
 */
const title = 'Gartner Survey Finds Only 27% of Managers Feel Equipped to Lead Hybrid Teams';
const p1 = [
  'Only 27% of managers say they have the skills needed to lead teams that split their time between home and office, according to ' +
    'a survey by Gartner, Inc. The survey of 2,310 people managers, conducted in January and February 2025, found that confidence ' +
    'was lowest among managers promoted in the past two years.',
  '“Organizations have asked managers to absorb the hardest parts of the shift to hybrid work without changing anything else about ' +
    'the role,” said Lucía Verhoeven, Senior Director Analyst in the Gartner HR practice. “The result is a generation of new managers ' +
    'who feel set up to fail.”',
] as const;
const h1 = 'Managers Spend Less Time on Development';
const p2 = [
  'The survey found that managers spend an average of 11% of their week on coaching and developing their teams, down from 17% in ' +
    'a comparable Gartner survey in 2022. Administrative work and meetings account for most of the difference (see Figure 1).',
  'Managers with more than ten direct reports were twice as likely as those with fewer than six to say they had no time for ' +
    'development conversations in a typical month.',
] as const;
const fig = ['Figure 1: Share of Manager Time Spent on Coaching, 2022 vs. 2025', 'Source: Gartner (March 2025)'] as const;
const h2 = 'Three Actions for HR Leaders';
const p3 = ['Gartner recommends that HR leaders take three steps to improve manager effectiveness in hybrid settings:'] as const;
const list = [
  'Reduce span of control for new managers to no more than eight direct reports in their first year.',
  'Remove low-value administrative tasks from the manager role, or shift them to shared services.',
  'Build peer networks in which managers learn from one another, rather than relying on formal training alone.',
] as const;
const p4 = [
  '“Training alone will not close this gap,” said Verhoeven. “Managers need the time and the structure to use what they learn.”',
  'Gartner clients can read more in Manager Effectiveness in Hybrid Work: 2025 Survey Results. Learn more in the complimentary ' +
    'webinar The Future of the Manager Role.',
] as const;
const aboutH = 'About Gartner for HR';
const aboutP = [
  'Gartner for HR provides HR leaders with indispensable insights, advice and tools to achieve their mission-critical priorities. ' +
    'More information can be found at gartner.com/en/human-resources.',
] as const;
const nav = ['Who We Serve', 'What We Offer', 'Conferences', 'Insights', 'About', 'Careers'] as const;
const util = ['Client Login', 'Become a Client', 'Contact Us'] as const;
const crumbs = ['Newsroom', 'Press Releases'] as const;
const dateline = 'STAMFORD, Conn., March 18, 2025';
const contact = ['Contacts', 'Jordan Pell', 'Gartner', 'jordan.pell@gartner.example'] as const;
const side = ['Related Resources', 'Webinar: The Future of the Manager Role', 'Gartner HR Top Priorities for 2025', 'Watch Now'] as const;
const modal = ['Become a Client', 'Get actionable, objective insight to deliver on your mission-critical priorities.', 'Learn More'] as const;
const follow = ['Follow Gartner', 'LinkedIn', 'X', 'YouTube', 'Facebook'] as const;
const foot = ['Corporate Citizenship', 'Investor Relations', 'Ombudsman', 'Privacy', 'Terms of Use', 'Policies', 'Site Index', 'Help'] as const;
const copy = '© 2025 Gartner, Inc. and/or its Affiliates. All rights reserved.';
const cookie = [
  'We use cookies to deliver the best possible experience on our website. To learn more, visit our Privacy Policy.',
  'By continuing to use this site, or closing this box, you consent to our use of cookies.',
  'Cookie Notice',
] as const;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Gartner survey of 2,310 people managers on hybrid team leadership."><meta property="og:type" content="article">
<link rel="canonical" href="https://www.gartner.com/en/newsroom/press-releases/2025-03-18-gartner-survey-finds-only-27-percent">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-18",
"publisher":{"@type":"Organization","name":"Gartner"}}</script>
<script src="https://emt.gartnerweb.example/ngw/globalassets/js/clientlibs.min.js" defer></script>
<script>var utag_data={"page_type":"newsroom:press release"};</script></head>
<body class="newsroom-page">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite"><p>${cookie[0]}</p><p>${cookie[1]}</p>
<a class="cookie-banner__link" href="/en/about/policies/privacy">${cookie[2]}</a><button class="cookie-banner__close" aria-label="Close">×</button></div>
<header class="emt-header"><div class="emt-header__utility"><ul>${links(util, 'utility-link')}</ul></div>
<nav class="emt-header__main" aria-label="Main"><a class="emt-header__logo" href="/en" aria-label="Gartner"></a><ul>${links(nav, 'nav-item')}</ul>
<button class="emt-header__search" aria-label="Search"></button></nav></header>
<main class="newsroom"><nav class="breadcrumb" aria-label="breadcrumb"><ol>${links(crumbs, 'breadcrumb-item')}</ol></nav>
<div class="row"><div class="col-md-8 newsroom-article"><article class="press-release">
<h1 class="press-release__title">${title}</h1><p class="press-release__dateline">${dateline}</p>
<div class="press-release__body rte">
${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
<figure class="press-release__figure"><figcaption class="figure-title"><strong>${fig[0]}</strong></figcaption>
<img src="https://emt.gartnerweb.example/ngw/globalassets/en/newsroom/images/graphs/manager-time.png" alt="Bar chart of manager time">
<p class="figure-source">${fig[1]}</p></figure>
<h3>${h2}</h3>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
<h3>${aboutH}</h3>
${ps(aboutP)}
</div>
<div class="press-release__contacts"><h4>${contact[0]}</h4><p>${contact[1]}<br>${contact[2]}<br><a href="mailto:${contact[3]}">${contact[3]}</a></p></div>
</article></div>
<aside class="col-md-4 newsroom-sidebar"><h4>${side[0]}</h4><ul><li><a href="/en/webinar/manager-role">${side[1]}</a></li>
<li><a href="/en/human-resources/trends/top-priorities">${side[2]}</a></li></ul>
<a class="btn btn-primary" href="/en/webinar/manager-role">${side[3]}</a></aside></div>
</main>
<div class="modal fade" id="becomeClientModal" aria-hidden="true" style="display:none"><div class="modal-dialog"><h3>${modal[0]}</h3><p>${modal[1]}</p>
<a class="btn" href="/en/become-a-client">${modal[2]}</a></div></div>
<footer class="emt-footer"><div class="emt-footer__social"><h5>${follow[0]}</h5><ul>${links(follow.slice(1))}</ul></div>
<ul class="emt-footer__links">${links(foot)}</ul><p class="emt-footer__copy">${copy}</p></footer>
</body></html>`;
export const gartnerRelease: TestPage = {
  html,
  name: 'heldout191-gartner-press-release',
  kind: 'news',
  title,
  headings: [h1, h2, aboutH],
  body: [...texts(p1), ...texts(p2), ...texts(p3), ...texts(list), ...texts(p4), ...texts(aboutP)],
  bylines: [dateline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, ...util, ...nav.filter((t) => t !== 'About'), ...crumbs, ...fig, ...side, modal[1], modal[2], ...follow, ...foot, copy,
  ],
};
