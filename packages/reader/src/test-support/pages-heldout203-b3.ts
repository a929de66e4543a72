import { links } from './page-kit.js';

/**
 * Held-out batch 203, file b3: the chrome shared by the four Hearst Magazines pages of the batch (Runner's World, Men's
 * Health, Good Housekeeping, Country Living), which run on the same template: the "Skip to Content" link, the header with
 * its hidden slide-out menu, "Sign In" and the subscribe button, the "Advertisement - Continue Reading Below" ad labels,
 * the footer with the Hearst links and legal text, and the consent banner. Each helper returns the HTML and the furniture
 * texts it adds.
 */
export interface Chrome {
  html: string;
  furniture: string[];
}

export interface HearstSite {
  name: string;
  host: string;
  nav: readonly string[];
  subscribe: string;
  menuExtra: readonly string[];
}

export const adLabel = 'Advertisement - Continue Reading Below';
export const hearstAd = (id: number): string => `<div class="ad-container css-1c6x9ju e1k2h4ol0" data-ad-slot="in-content-${id}">
<span class="ad-label css-ebrt4y">${adLabel}</span><div id="gpt-ad-${id}" class="ad-slot"></div></div>`;

export function hearstHead(site: HearstSite, title: string, dek: string, ld: string): string {
  return `<head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:site_name" content="${site.name}"><meta property="og:type" content="article">
<meta name="sailthru.author" content="ld"><link rel="canonical" href="https://www.${site.host}/">
<script type="application/ld+json">${ld}</script>
<script>window.__HEARST__ = {"site":"${site.host}","env":"production","ads":{"lazy":true}};</script>
<link rel="preload" as="font" href="/_assets/fonts/graphik.woff2" crossorigin="anonymous"></head>`;
}

export function hearstHeader(site: HearstSite): Chrome {
  const html = `<a class="skip-link css-1wdy1qu" href="#main-content">Skip to Content</a>
<header class="css-1d9j1ik e1suqi2a0" data-theme-key="header"><div class="css-1k5wcvb"><button class="css-1ryjm8o" aria-label="Menu"
aria-expanded="false"></button><a class="css-1klnx4d" href="/" aria-label="${site.name} Home"></a>
<nav class="css-18m2v4l" aria-label="Main Menu"><ul>${links(site.nav, 'css-1lfm5ss')}</ul></nav>
<div class="css-7zs0l5"><a class="css-1fkv0jh" href="/auth/login">Sign In</a><a class="css-o2k0rj" href="/subscribe">${site.subscribe}</a></div></div>
<div class="slide-out-menu css-1u0cq7n" aria-hidden="true" hidden><ul>${links([...site.nav, ...site.menuExtra], 'css-19jd4ve')}</ul>
<p class="css-1g0pd2l">Follow Us</p></div></header>`;
  return { html, furniture: ['Skip to Content', ...site.nav, ...site.menuExtra, 'Sign In', site.subscribe, 'Follow Us'] };
}

const foot = [
  'About Us',
  'Newsletter',
  'Contact Us',
  'Media Kit',
  'Community Guidelines',
  'Advertise Online',
  'Customer Service',
  'Give a Gift',
  'Privacy Notice',
  'CA Notice at Collection',
  'Your CA Privacy Rights/Shine the Light',
  'DAA Industry Opt Out',
  'Terms of Use',
  'Site Map',
];

export function hearstFooter(site: HearstSite): Chrome {
  const affiliate =
    `${site.name} participates in various affiliate marketing programs, which means we may get paid commissions on ` +
    'editorially chosen products purchased through our links to retailer sites.';
  const legal = '©2025 Hearst Magazine Media, Inc. All Rights Reserved.';
  const consent = 'We use cookies and similar tools to give you the best website experience. By using our site, you accept our Cookie Policy.';
  const html = `<footer class="css-1f1n9jg e1kq8ozs0"><div class="css-1k1jvgl"><a href="/" aria-label="${site.name}"></a>
<span class="css-sq0yk2">A Part of Hearst Digital Media</span></div><ul class="css-pvsnl7">${links(foot, 'css-1b3zg0m')}</ul>
<p class="css-l1ftt9">${affiliate}</p><p class="css-9d6fvs">${legal}</p><a class="css-1rcvpmb" href="#">Cookies Choices</a></footer>
<div id="consent-banner" class="css-1n7a3os" role="dialog" aria-live="polite"><p>${consent}</p><button class="css-1d1k1yb">Accept</button>
<a href="/cookie-policy">Cookie Policy</a></div>`;
  return { html, furniture: ['A Part of Hearst Digital Media', ...foot, affiliate, legal, 'Cookies Choices', consent, 'Accept'] };
}
