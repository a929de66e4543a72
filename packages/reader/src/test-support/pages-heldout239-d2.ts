import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file d2: a security vendor's knowledge-base article on a Salesforce Experience Cloud (Aura) site,
 * saved from the browser with its Lightning markup: community header and global navigation, the search bar, the article
 * page header, record fields rendered as form elements (Article Number, Last Published Date, Summary, Applies To, Issue,
 * Cause, Resolution) with lightning-formatted-rich-text values, the article-feedback box, the "Related Articles" list, the
 * TrustArc-style cookie banner and the community footer.
 */
const kTitle = 'Agent reports "Tamper protection disabled" after a Windows feature update';
const kSummary = ['After a Windows feature update, some endpoints show a tamper protection warning until the agent driver is re-registered.'];
const kApplies = ['Corvane Endpoint Protection agent 11.2 and 11.3', 'Windows 11 24H2 and Windows Server 2025'];
const kIssue = [
  j(
    'After a Windows feature update is installed, the Corvane console shows the endpoint with the status "Tamper protection disabled"',
    'and a yellow warning icon. The agent keeps scanning files, but settings on the endpoint can be changed by a local administrator',
    'until the status returns to normal.',
  ),
];
const kCause = [
  j(
    'The feature update replaces the filter driver registration that the agent uses to protect its own services. The agent only',
    'checks the registration when its service starts, so the problem remains until the next restart of the service.',
  ),
  j(
    'Endpoints that restart after the update usually recover on their own within a day. Servers and kiosks that stay up for weeks',
    'are the ones most often left in the warning state, which is why the console may show only a few affected endpoints at a time.',
  ),
];
const kRes = ['Agent 11.3.4 and later re-register the driver automatically. To fix affected endpoints now, do one of the following:'];
const kResList = [
  'From the console, select the endpoints and choose Actions &gt; Repair agent. The repair finishes within ten minutes.',
  'On the endpoint, run <code>corvanectl.exe driver --reregister</code> from an elevated command prompt, then restart the Corvane Protection service.',
  'Upgrade the agent to 11.3.4 through an update policy.',
];
const kRes2 = ['If the status does not return to "Protected" after a repair, collect a diagnostic bundle and open a case with support.'];
const kNav = ['Home', 'Knowledge Base', 'Downloads', 'Product Documentation', 'Community', 'Cases'];
const kRelated = ['How to collect a diagnostic bundle from an endpoint', 'Agent 11.3 release notes', 'Console shows endpoints as offline after a proxy change'];
const kFoot = ['Corvane.com', 'Privacy Statement', 'Terms of Service', 'Cookie Preferences', 'Contact Support'];
const field = (label: string, value: string, cls = 'slds-form-element_readonly'): string => `<div class="slds-form-element ${cls} test-id__output-root">
<span class="slds-form-element__label test-id__field-label">${label}</span>
<div class="slds-form-element__control"><span class="test-id__field-value slds-form-element__static slds-grow">${value}</span></div></div>`;
const rich = (html: string): string => `<lightning-formatted-rich-text class="selfServiceArticleRichText slds-rich-text-editor__output"><span>${html}</span>
</lightning-formatted-rich-text>`;
const kHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${kSummary[0]}">
<link rel="canonical" href="https://support.corvane.example/s/article/Agent-reports-Tamper-protection-disabled">
<link rel="stylesheet" href="/s/sfsites/l/%7B%22mode%22%3A%22PROD%22%7D/app.css?2=">
<script src="/s/sfsites/l/%7B%22mode%22%3A%22PROD%22%7D/bootstrap.js?aura.attributes=%7B%22ac%22%3A%22%22%7D"></script>
<script>window.Aura || (window.Aura = {}); window.Aura.bootstrap = {"appId":"siteforce:communityApp","lang":"en_US"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${kTitle}","dateModified":"2026-03-03"}</script></head>
<body class="comm-page-article"><div id="auraLoadingBox" class="auraLoadingBox"></div>
<div class="siteforcePanelsContainer"><div class="forceCommunityThemeLayout siteforceThemeLayoutStarter"><div class="themeHeader">
<div class="themeHeaderInner"><div class="themeLogo"><a class="comm-navigation__logo" href="/s/">Corvane Support</a></div>
<div class="themeProfileMenu"><a class="slds-button slds-button_neutral" href="/s/login/">Log In</a></div></div>
<community_navigation-global-navigation-list class="forceCommunityGlobalNavigation"><nav aria-label="Global"><ul class="slds-list_horizontal">
${links(kNav, 'comm-navigation__item')}</ul></nav></community_navigation-global-navigation-list>
<div class="forceCommunitySearchBox"><input type="search" class="slds-input" placeholder="Search articles, downloads and docs..."
aria-label="Search"></div></div>
<div class="cCenterPanel slds-m-top_x-large"><div class="forceCommunityArticleDetail"><div class="slds-page-header selfServiceArticleHeaderDetail">
<div class="slds-page-header__row"><div class="slds-page-header__col-title"><span class="slds-page-header__name-meta">Knowledge Article</span>
<h1 class="slds-page-header__title article-head" title="${kTitle}">${kTitle}</h1></div></div></div>
<div class="forceCommunityRecordDetail"><div class="slds-grid slds-wrap"><div class="slds-col slds-size_1-of-2">
${field('Article Number', '<lightning-formatted-text>000048213</lightning-formatted-text>')}</div>
<div class="slds-col slds-size_1-of-2">
${field('Last Published Date', '<lightning-formatted-date-time>3/3/2026</lightning-formatted-date-time>')}</div></div>
<div class="selfServiceArticleLayout slds-m-top_medium">
${field('Summary', `<lightning-formatted-text>${kSummary[0]}</lightning-formatted-text>`)}
${field('Applies To', rich(`<ul>\n${kApplies.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`))}
${field('Issue', rich(`<p>${kIssue[0]}</p>`))}
${field('Cause', rich(kCause.map((t) => `<p>${t}</p>`).join('\n')))}
${field('Resolution', rich(`<p>${kRes[0]}</p>\n<ol>\n${kResList.map((t) => `<li>${t}</li>`).join('\n')}\n</ol>\n<p>${kRes2[0]}</p>`))}
</div></div>
<div class="selfServiceArticleFeedback slds-box slds-m-top_large"><p class="feedback-question">Did this article answer your question?</p>
<button class="slds-button slds-button_neutral">Yes</button>
<button class="slds-button slds-button_neutral">No</button>
<p class="feedback-views">1,284 Views</p></div></div>
<div class="forceCommunityRelatedRecords slds-m-top_large"><h2 class="slds-card__header-title">Related Articles</h2>
<ul class="slds-has-dividers_bottom-space">${links(kRelated, 'slds-item')}</ul></div></div>
<div class="themeFooter"><ul class="comm-footer__links">${links(kFoot)}</ul>
<p class="comm-footer__copyright">© 2026 Corvane Security, Inc. All rights reserved.</p></div></div></div>
<div id="truste-consent-track" class="truste-banner" role="alertdialog"><div id="truste-consent-content">
<span id="truste-consent-text">This site uses cookies to improve your experience and to help us show you relevant support content.</span>
<button id="truste-consent-button" class="truste-button1">Accept All Cookies</button>
<button id="truste-show-consent" class="truste-button2">Cookie Preferences</button></div></div>
<script src="/s/sfsites/auraFW/javascript/aura_prod.js"></script></body></html>`;
export const sfkb: TestPage = {
  name: 'heldout239-salesforce-experience-cloud-security-kb',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Summary', 'Applies To', 'Issue', 'Cause', 'Resolution'],
  body: texts([...kSummary, ...kApplies, ...kIssue, ...kCause, ...kRes, ...kResList, ...kRes2]),
  bylines: ['3/3/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvane Support', 'Log In', ...kNav, 'Knowledge Article', 'Article Number', '000048213', 'Last Published Date',
    'Did this article answer your question?', 'Yes', '1,284 Views', 'Related Articles', ...kRelated, ...kFoot,
    '© 2026 Corvane Security, Inc. All rights reserved.',
    'This site uses cookies to improve your experience and to help us show you relevant support content.', 'Accept All Cookies',
  ],
};
