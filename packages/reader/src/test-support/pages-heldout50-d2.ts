import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 50, file d2: a request on a Jira Service Management customer portal, saved after the React app had drawn
 * it (the help center header with "Requests" and the profile menu, breadcrumbs, the request key and summary, the
 * "Activity" list with the customer's and the agents' comments, status-change events and the "raised this request via
 * Portal" line, the collapsed-then-opened "Details" with the request's fields, the comment box with its toolbar, the
 * sidebar with the status lozenge, "Don't notify me", "Shared with", request type and "Cancel request", and the "Powered
 * by Jira Service Management" footer).
 */
const jsTitle = 'Laptop cannot connect to the VPN since my password change';
const jsDesc = [
  'Since I changed my network password on Monday morning, the VPN client on my laptop refuses to connect. It asks for my ' +
    'user name and password, shows "Authenticating" for about half a minute and then says the credentials are invalid.',
  'I can log in to the laptop itself with the new password, and webmail works from the same laptop over the office Wi-Fi, ' +
    'so the password is right. I work from home on Thursdays and Fridays and need the VPN for the payroll system.',
  'What I have tried so far:',
];
const jsTried = [
  'Restarting the laptop and the VPN client',
  'Removing the saved connection profile and adding it again',
  'Connecting from my phone hotspot instead of the home router',
];
type JsComment = { who: string; when: string; agent: boolean; paras: string[] };
const jsComments: JsComment[] = [
  {
    who: 'Elias Vogt',
    when: '11/Mar/25 10:24 AM',
    agent: true,
    paras: [
      'Hi Carla, thanks for the detailed report. The VPN uses a certificate on your laptop as well as your password, and that ' +
        'certificate is renewed when the password changes. On some laptops the renewal does not finish until the machine has ' +
        'been connected to the office network for a few minutes.',
      'Could you bring the laptop into the office tomorrow, sign in, and leave it connected to the wired network for ten ' +
        'minutes before you try the VPN again? Let me know here how it goes.',
    ],
  },
  {
    who: 'Carla Mendes',
    when: '12/Mar/25 1:47 PM',
    agent: false,
    paras: ['I did that this morning and left it on the desk dock for about twenty minutes. Unfortunately it is the same error at ' + 'home this afternoon.'],
  },
  {
    who: 'Ruth Achterberg',
    when: '12/Mar/25 3:05 PM',
    agent: true,
    paras: [
      'Hello Carla, I have taken this over from Elias. I checked your device in our management console and the old ' +
        'certificate was still the active one, because the renewal failed with a clock error. Your laptop&#39;s clock was ' +
        'eleven minutes fast, which is enough for the server to reject the request.',
      'I have pushed a new certificate and reset the time source. Please restart the laptop once while you are at home and ' +
        'try the VPN. If it connects, you do not need to do anything else and this request will close itself in five days.',
    ],
  },
  {
    who: 'Carla Mendes',
    when: '12/Mar/25 6:30 PM',
    agent: false,
    paras: ['That worked, connected first time after the restart. Thank you both!'],
  },
];
const jsFields = ['Device', 'Company laptop (Windows)', 'Office location', 'Lisbon, Avenida da Liberdade', 'Urgency', 'High: I cannot do my job'];
const jsEvents = [
  ['Elias Vogt', 'changed the status to Waiting for customer', '11/Mar/25 10:25 AM'],
  ['Carla Mendes', 'changed the status to Waiting for support', '12/Mar/25 1:47 PM'],
  ['Ruth Achterberg', 'changed the status to Resolved', '12/Mar/25 6:52 PM'],
];
const jsComment = (c: JsComment): string => `<li class="cv-activity-item" data-testid="activity-item-comment">
<div class="cv-activity-avatar"><span role="img" aria-label="${c.who}" class="css-1f3x4n5-avatar"></span></div>
<div class="cv-activity-content"><div class="cv-activity-header"><span class="cv-activity-author" data-testid="activity-author">${c.who}</span>
${c.agent ? '<span class="cv-lozenge cv-lozenge--subtle">Agent</span>' : ''}<time class="cv-activity-date" datetime="2025-03">${c.when}</time></div>
<div class="ak-renderer-document">${c.paras.map((p) => `<p data-renderer-start-pos="1">${p}</p>`).join('')}</div></div></li>`;
const jsEvent = (e: string[]): string => `<li class="cv-activity-item cv-activity-item--status" data-testid="activity-item-status">
<span class="cv-activity-author">${e[0]}</span> <span class="cv-activity-text">${e[1]}</span> <time class="cv-activity-date">${e[2]}</time></li>`;
const jsHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="light"><head><meta charset="UTF-8"><title>ITS-4471 - ${jsTitle} - Northwind IT Help Center</title>
<link rel="stylesheet" href="/servicedesk/customershim/s/portal-bundle.css">
<script>window.__PRELOADED_STATE__ = {"reqDetails":{"key":"ITS-4471","issueTypeName":"Service Request","canComment":true},\
"user":{"displayName":"Carla Mendes"}};</script>
<style data-emotion="css" data-s="">.css-1f3x4n5-avatar{width:32px;height:32px;border-radius:50%}.cv-lozenge{text-transform:uppercase}</style></head>
<body><div id="root"><div class="cv-page" data-testid="customer-portal">
<header class="cv-help-center-header" role="banner"><a class="cv-help-center-logo" href="/servicedesk/customer/portals">Northwind IT Help Center</a>
<nav aria-label="Help center navigation"><a href="/servicedesk/customer/user/requests" class="cv-header-link">Requests</a>
<button class="cv-profile-button" aria-haspopup="true" aria-label="Profile and settings for Carla Mendes">CM</button>
<div role="menu" hidden><a role="menuitem" href="/servicedesk/customer/user/profile">Profile</a><a role="menuitem" href="/logout">Log out</a></div></nav>\
</header>
<main class="cv-main" id="main"><nav aria-label="Breadcrumbs" class="cv-breadcrumbs"><ol><li><a href="/servicedesk/customer/portals">Help Center</a></li>
<li><a href="/servicedesk/customer/portal/2">IT Support</a></li><li><a href="/servicedesk/customer/portal/2/ITS-4471">ITS-4471</a></li></ol></nav>
<div class="cv-request-layout"><div class="cv-request-main">
<h1 class="cv-request-title" data-testid="request-details-summary">${jsTitle}</h1>
<div class="cv-request-raised"><span class="cv-activity-author">Carla Mendes</span> raised this request via Portal
<time datetime="2025-03-10T08:41">10/Mar/25 8:41 AM</time></div>
<details class="cv-request-details" open><summary>Hide details</summary><dl class="cv-request-fields">
<dt>Description</dt><dd><div class="ak-renderer-document">${jsDesc.map((p) => `<p>${p}</p>`).join('')}
<ul class="ak-ul">${jsTried.map((t) => `<li><p>${t}</p></li>`).join('')}</ul></div></dd>
${jsFields.map((f, i) => (i % 2 === 0 ? `<dt>${f}</dt>` : `<dd>${f}</dd>`)).join('\n')}</dl></details>
<section class="cv-activity" aria-labelledby="activity-heading"><h2 id="activity-heading">Activity</h2>
<div class="cv-comment-box"><div class="cv-editor" role="textbox" aria-label="Add a comment" contenteditable="true" data-placeholder="Add a comment"></div>
<div class="cv-editor-toolbar"><button aria-label="Bold">B</button><button aria-label="Italic">I</button><button aria-label="Attach file">Attach</button></div>
<button class="cv-button cv-button--primary" disabled>Add</button></div>
<ol class="cv-activity-list" reversed>
${jsEvent(jsEvents[2]!)}
${jsComment(jsComments[3]!)}
${jsComment(jsComments[2]!)}
${jsEvent(jsEvents[1]!)}
${jsComment(jsComments[1]!)}
${jsEvent(jsEvents[0]!)}
${jsComment(jsComments[0]!)}
</ol></section></div>
<aside class="cv-request-sidebar" aria-label="Request information"><div class="cv-sidebar-section"><h3>Status</h3>
<span class="cv-lozenge cv-lozenge--success">Resolved</span></div>
<div class="cv-sidebar-section"><button class="cv-button cv-button--subtle">Don't notify me</button></div>
<div class="cv-sidebar-section"><h3>Shared with</h3><ul><li>Carla Mendes <span class="cv-subtle">Creator</span></li></ul>
<button class="cv-button cv-button--subtle">Share</button></div>
<div class="cv-sidebar-section"><h3>Request type</h3><span class="cv-request-type">\
<img src="/servicedesk/customershim/secure/viewavatar?avatarId=10543" alt="">\
Report a VPN or remote access problem</span></div>
<div class="cv-sidebar-section"><h3>Reference</h3><span>ITS-4471</span></div></aside></div></main>
<footer class="cv-footer"><span>Powered by</span> <a href="https://www.atlassian.com/software/jira/service-management">Jira Service Management</a></footer>
</div></div><script src="/servicedesk/customershim/s/portal-bundle.js" defer></script></body></html>`;
export const jsmRequest: TestPage = {
  html: jsHtml,
  name: 'heldout50-jira-service-management-portal-request',
  kind: 'forum',
  // an issue-tracker page: the request's description (with its "tried so far" list, one item each) and every comment are
  // body, newest first as the portal shows them; the summary h1 is the title; comment authors and times, the "raised this
  // request" name and time and the status events' names and times are bylines; the status events' texts, "Agent" lozenges,
  // field labels and values (Device, Office location, Urgency: short form answers, not text), "Description", "Hide
  // details", "Activity", the comment box, sidebar (status, "Don't notify me", "Shared with", request type, reference),
  // header, profile menu, breadcrumbs and footer are furniture; the editor's "B" and "I" buttons, the menu's "Profile" and
  // the field label "Device" are left out ("I", "connection profile" and "your device" are in the body)
  title: jsTitle,
  headings: [],
  body: [...texts(jsDesc), ...jsTried, ...[...jsComments].reverse().flatMap((c) => texts(c.paras))],
  bylines: [...new Set([...jsComments.flatMap((c) => [c.who, c.when]), ...jsEvents.flatMap((e) => [e[0]!, e[2]!]), '10/Mar/25 8:41 AM'])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northwind IT Help Center', 'Requests', 'CM', 'Log out', 'Help Center', 'IT Support', 'ITS-4471', 'raised this request via Portal',
    'Hide details', 'Description', ...jsFields.slice(1), 'Activity', 'Attach', 'Add', ...jsEvents.map((e) => e[1]!), 'Agent', 'Status',
    'Resolved', "Don't notify me", 'Shared with', 'Creator', 'Share', 'Request type', 'Report a VPN or remote access problem', 'Reference',
    'Powered by', 'Jira Service Management',
  ],
};
