import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 215, file e2: a city transit agency's service alert page on a Drupal site (the Google Translate
 * "Select Language" widget, the emergency banner, the nav with "Fares" and "Schedules", breadcrumb, the alert type badge,
 * the "Posted" and "Updated" lines, the "Effective" and "Affected routes" fields, the alert text, the "Subscribe to
 * alerts" box, the trip planner, the "Current service status" rail of other lines, the survey pop-up and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const mTitle = 'Green Line: no trains between Foundry Square and Alder Park, March 14 to 16';
const mP1 = paras(`
There will be no Green Line train service between Foundry Square and Alder Park stations from 9 p.m. Friday, March 14, until
the start of service on Monday, March 17. Free shuttle buses will replace trains between the two stations for the whole weekend.

Crews will use the closure to replace 1,200 feet of worn rail and two track switches near Canal Street, part of a two-year
program to remove slow zones from the oldest section of the line. The work cannot be done safely while trains are running.`);
const mH1 = 'How to get around';
const mL1 = paras(`
Shuttle buses will stop outside each closed station, running every 8 to 10 minutes. Look for the green "Shuttle" signs.

Riders traveling downtown from Alder Park may find the 22 Harbor Road bus faster. It runs every 12 minutes on weekends.

Trains will run every 12 minutes between Alder Park and Riverside, and every 10 minutes between Foundry Square and Eastgate.

Allow at least 30 extra minutes for trips through the affected section.`);
const mH2 = 'Accessibility';
const mP2 = paras(`
All shuttle buses are accessible and have space for two wheelchairs. Elevators at Canal Street station will be out of service
during the closure. Riders who need help can ask staff in the orange vests at each station or call Customer Service at
(555) 014-3300.`);
const mH3 = 'Why this work is needed';
const mP3 = paras(`
The rail between Foundry Square and Alder Park was last replaced in 1991. Trains currently run at 15 mph through the section
because of the worn track, adding up to four minutes to every trip. When the work is complete, trains will return to normal
speeds, and the agency expects the Green Line to become more reliable during the morning rush.

A second closure for the same project is planned for the weekend of May 2 to 4. Details will be posted at least two weeks in
advance.`);
const mBanner = 'Winter weather: some bus routes are on snow detours today.';
const mNav = 'Schedules & Maps|Fares|Trip Planner|Service Alerts|Accessibility Services|About BCTA'.split('|');
const mCrumbs = ['Home', 'Service Alerts'];
const mFields = ['Planned work', 'Effective:', 'March 14, 9 p.m. to March 17, 5 a.m.', 'Affected routes:', 'Green Line', 'Route 22 shuttle'];
const mSub = ['Subscribe to alerts', 'Get text or email alerts for the lines you ride.', 'Email or mobile number', 'Sign up'];
const mPlan = ['Plan a trip', 'Start', 'Destination', 'Depart now', 'Get directions'];
const mStatus = ['Current service status', 'Red Line', 'Good service', 'Blue Line', 'Delays of up to 10 minutes', 'Orange Line', 'All Service Alerts'];
const mSurvey = ['How are we doing? Take a short survey about our website.', 'Start survey', 'No thanks'];
const mFoot = 'Contact Us|Lost and Found|Careers|Board Meetings|Public Records|Title VI|Privacy Policy|Language Assistance'.split('|');
const mHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Green Line: no trains between Foundry Square and Alder Park, March 14 to 16 | Brenford County Transit Authority</title>
<meta name="description" content="Free shuttle buses replace Green Line trains between Foundry Square and Alder Park, March 14 to 16.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.bcta.example/alerts/green-line-foundry-alder-march">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/30917"},"bctaAlerts":{"poll":60}}</script>
<script src="//translate.google.example/translate_a/element.js?cb=googleTranslateElementInit"></script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_bcta_x1.css"></head>
<body class="path-node page-node-type-service-alert"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="translate-bar"><div id="google_translate_element"><div class="goog-te-gadget"><select class="goog-te-combo" aria-label="Language Translate Widget">
<option value="">Select Language</option><option value="es">Spanish</option><option value="zh-CN">Chinese (Simplified)</option></select>
<span>Powered by <a class="goog-logo-link" href="https://translate.google.example">Google Translate</a></span></div></div></div>
<div class="emergency-banner" role="alert"><p>${mBanner} <a href="/alerts/snow-detours">See detours</a></p></div>
<header role="banner" class="site-header"><a href="/" class="site-logo" rel="home"><img src="/themes/bcta/logo.svg" alt="Brenford County Transit Authority"></a>
<nav role="navigation" aria-labelledby="main-menu-heading"><h2 id="main-menu-heading" class="visually-hidden">Main navigation</h2>
<ul class="menu">${links(mNav, 'menu-item')}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(mCrumbs)}</ol></nav>
<div class="layout-content"><article class="node node--type-service-alert node--view-mode-full">
<div class="alert-badge alert-badge--planned">${mFields[0]}</div><h1 class="page-title">${mTitle}</h1>
<div class="node__meta"><span class="posted">Posted March 6, 2026</span> · <span class="updated">Updated March 10, 2026, 4:15 p.m.</span></div>
<div class="alert-fields"><div class="field field--name-field-effective"><div class="field__label">${mFields[1]}</div><div
class="field__item">${mFields[2]}</div></div>
<div class="field field--name-field-routes"><div class="field__label">${mFields[3]}</div><ul class="field__items"><li
class="route-pill route-pill--green">${mFields[4]}</li>
<li class="route-pill">${mFields[5]}</li></ul></div></div>
<div class="field field--name-body text-formatted">
${ps(mP1)}
<h2>${mH1}</h2>
<ul>${mL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${mH2}</h2>
${ps(mP2)}
<h2>${mH3}</h2>
${ps(mP3)}
</div></article>
<aside class="layout-sidebar"><section class="block block-subscribe"><h2>${mSub[0]}</h2><p>${mSub[1]}</p><form><label for="sub-contact">${mSub[2]}</label>
<input id="sub-contact"><button type="submit">${mSub[3]}</button></form></section>
<section class="block block-trip-planner"><h2>${mPlan[0]}</h2><form action="/trip-planner"><label for="tp-from">${mPlan[1]}</label><input id="tp-from">
<label for="tp-to">${mPlan[2]}</label><input id="tp-to"><select><option>${mPlan[3]}</option></select><button>${mPlan[4]}</button></form></section>
<section class="block block-service-status"><h2>${mStatus[0]}</h2><ul class="status-list">
<li><span class="line">${mStatus[1]}</span> <span class="status">${mStatus[2]}</span></li>
<li><span class="line">${mStatus[3]}</span> <span class="status">${mStatus[4]}</span></li>
<li><span class="line">${mStatus[5]}</span> <span
class="status">${mStatus[2]}</span></li></ul><a href="/alerts">${mStatus[6]}</a></section></aside></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(mFoot)}</ul>
<p class="footer-address">Brenford County Transit Authority, 400 Commerce Street, Brenford</p></footer>
<div class="survey-popup" role="dialog" aria-modal="false"><p>${mSurvey[0]}</p><button>${mSurvey[1]}</button><button>${mSurvey[2]}</button></div>
<script src="/sites/default/files/js/js_bcta_x1.js"></script></body></html>`;
export const transitAlert: TestPage = {
  html: mHtml,
  name: 'heldout215-transit-service-alert-news',
  kind: 'news',
  // the alert type badge and the "Effective" and "Affected routes" fields above the text are furniture
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: [...mP1, ...texts(mL1), ...mP2, ...mP3],
  bylines: ['Posted March 6, 2026', 'Updated March 10, 2026, 4:15 p.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Select Language', 'Spanish', 'Chinese (Simplified)', 'Powered by', 'Google Translate', mBanner, 'See detours',
    'Main navigation', ...mNav, ...mCrumbs, ...mFields, ...mSub, ...mPlan, ...mStatus, ...mFoot,
    'Brenford County Transit Authority, 400 Commerce Street, Brenford', ...mSurvey,
  ],
};
