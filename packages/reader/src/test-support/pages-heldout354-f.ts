import { links, ps, type TestPage, texts } from './page-kit.js';
import { govukNotice } from './pages-heldout354-f2.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file f: a SaaS changelog entry about an incident, built with Webflow (w-nav navbar with w-dropdown
 * menus, the CMS collection item with its "Incident" and "Fixed" tags and date, the w-richtext body, the "Back to changelog"
 * link, the "Subscribe to updates" form with its w-form-done / w-form-fail messages, the "More updates" collection list, the
 * CTA band, the footer columns and the Finsweet cookie banner); a page built with a page builder.
 */
const wTitle = 'Incident: scheduled reports sent with the wrong date range';
const wLead = j(
  'Between February 27 and March 2, some scheduled reports in Tallyroom were emailed with data for the wrong week. Here is what',
  'went wrong, who was affected, and what we have changed.',
);
const wH = ['What happened', 'Who was affected', 'What we fixed'];
const wS: readonly string[][] = [
  [
    j(
      'On February 27 we released a change to how Tallyroom works out the start of a week for scheduled reports, so that teams can',
      'choose Sunday or Monday. The new code used the server’s time zone instead of the workspace’s time zone when it worked out the',
      'date range. For workspaces east of UTC, reports that ran early on Monday morning were built for the week before last.',
    ),
    j(
      'A customer in Auckland noticed the problem on March 2 and wrote to support with a screenshot. We confirmed the bug within an',
      'hour and paused all weekly schedules while we fixed it.',
    ),
  ],
  [
    j(
      'About 1,150 weekly reports in 310 workspaces were affected. Daily and monthly reports were not, and no report was sent to anyone',
      'outside the recipient list you set. The data in the reports was correct for the dates it covered; only the date range was wrong.',
    ),
    j(
      'Most of the affected workspaces are in Australia, New Zealand and East Asia, where Monday morning begins while it is still',
      'Sunday on our servers. A smaller number of workspaces in Europe were affected when their reports were set to run before 01:00.',
      'We have emailed the owners of every affected workspace with a list of the reports that were sent with the wrong range.',
    ),
  ],
  [
    'The fix went out on March 2 at 15:20 UTC. Since then:',
    '<li>Date ranges for all schedules are worked out in the workspace’s time zone, with tests for every time zone offset we support.</li>',
    '<li>We re-sent every affected report with the right data and a short note at the top explaining why.</li>',
    '<li>Each report email now states the date range it covers in its subject line, so a wrong range is easy to spot.</li>',
    'If you think you received a wrong report that was not re-sent, reply to any Tallyroom email and we will look into it.',
  ],
];
const isLi = (s: string): boolean => s.startsWith('<li>');
const wNav = ['Product', 'Pricing', 'Customers', 'Changelog', 'Docs'];
const wMore = ['Dashboards can now be shared with a public link', 'New: Sunday or Monday week start', 'Faster CSV exports for large tables'];
const wFoot = ['Features', 'Integrations', 'Security', 'Company', 'Careers', 'Contact', 'Status', 'Privacy', 'Terms'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.tallyroom.example" data-wf-page="65f0a1c2d3e4f5a6b7c8d9e0" data-wf-site="65f0a1c2d3e4f5a6b7c8d9aa" data-wf-collection="65f0b2"
data-wf-item-slug="incident-scheduled-reports-wrong-date-range" lang="en"><head><meta charset="utf-8"><title>${wTitle} | Tallyroom Changelog</title>
<meta content="Between February 27 and March 2, some scheduled reports in Tallyroom were emailed with data for the wrong week." name="description">
<meta content="${wTitle}" property="og:title"><meta property="og:type" content="website"><meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://assets-global.website-files.example/65f0a1/css/tallyroom.webflow.4b2c1d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-changelog"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.example/logo.svg"
loading="lazy" alt="Tallyroom"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<div data-hover="true" data-delay="0" class="w-dropdown"><div class="dropdown-toggle w-dropdown-toggle"><div>Resources</div></div>
<nav class="dropdown-list w-dropdown-list"><a href="/blog" class="dropdown-link w-dropdown-link">Blog</a>
<a href="/guides" class="dropdown-link w-dropdown-link">Guides</a>
</nav></div><a href="https://app.tallyroom.example/login" class="nav-link-login w-nav-link">Log in</a>
<a href="https://app.tallyroom.example/signup" class="button-nav w-button">Start free trial</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-changelog-item"><div class="container-small w-container"><a href="/changelog" class="back-link">← Back to changelog</a>
<div class="changelog-meta"><div class="tag-incident">Incident</div><div class="tag-fixed">Fixed</div><div class="changelog-date">March 3, 2026</div></div>
<h1 class="heading-changelog">${wTitle}</h1><p class="changelog-lead">${wLead}</p>
<div class="rich-text-changelog w-richtext">${wS
  .map((items, i) => {
    const list = items.filter(isLi);
    const paras = items.filter((x) => !isLi(x));
    const tail =
      i === 2
        ? paras
            .slice(1)
            .map((p) => `<p>${p}</p>`)
            .join('')
        : '';
    return `<h2>${wH[i] ?? ''}</h2>${ps(i === 2 ? paras.slice(0, 1) : paras)}${list.length > 0 ? `<ul role="list">${list.join('\n')}</ul>` : ''}${tail}`;
  })
  .join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.example/report-email.png" loading="lazy"
alt=""></div><figcaption>Report emails now show the date range in the subject line.</figcaption></figure>
<p>— Jonas Whitcombe, Head of Engineering</p></div>
<div class="subscribe-block"><h3 class="heading-subscribe">Subscribe to updates</h3><div class="w-form"><form id="wf-form-Changelog" name="wf-form-Changelog"
data-name="Changelog" method="get"><input class="text-field w-input" maxlength="256" name="email" placeholder="you@company.com" type="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region">
<div>Thank you! You are now subscribed to the changelog.</div></div><div class="w-form-fail" tabindex="-1" role="region">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></div>
<div class="section-more"><div class="w-container"><h2 class="heading-more">More updates</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">
${wMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="#" class="more-card w-inline-block"><div class="more-title">${t}</div></a>
</div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section-cta"><div class="w-container"><h2 class="heading-cta">Reports your team will actually read</h2>
<a href="https://app.tallyroom.example/signup" class="button-white w-button">Try Tallyroom free</a></div></div>
<footer class="footer"><div class="w-container"><div class="footer-grid">${links(wFoot, 'footer-item')}</div>
<div class="footer-copy">© 2026 Tallyroom Ltd. All rights reserved.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your
device to enhance site navigation and analyze site usage.</div><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_buttonlink">Deny</a><a fs-cc="open-preferences" href="#" class="fs-cc-banner_buttonlink">Preferences</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65f0a1/js/webflow.7a1c2b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout354-webflow-changelog-incident',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wLead, ...wS.flat()]),
  bylines: ['March 3, 2026', '— Jonas Whitcombe, Head of Engineering'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Resources', 'Blog', 'Guides', 'Log in', 'Start free trial', '← Back to changelog', 'Incident', 'Fixed',
    'Report emails now show the date range in the subject line.', 'Subscribe to updates', 'Thank you! You are now subscribed to the changelog.',
    'Oops! Something went wrong while submitting the form.', 'More updates', ...wMore, 'Reports your team will actually read', 'Try Tallyroom free', ...wFoot,
    '© 2026 Tallyroom Ltd. All rights reserved.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.',
    'Accept', 'Deny', 'Preferences',
  ],
};

export const HELDOUT354_F: readonly TestPage[] = [webflow, govukNotice];
