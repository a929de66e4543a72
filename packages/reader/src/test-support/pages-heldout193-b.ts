import { ps, type TestPage, texts } from './page-kit.js';
import { makeUseOf } from './pages-heldout193-b2.js';
import {
  valnetAccount,
  valnetActions,
  valnetAd,
  valnetConsent,
  valnetCopy,
  valnetFoot,
  valnetFoot2,
  valnetPage,
  valnetShare,
  valnetThread,
} from './pages-heldout193-b3.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file b: a How-To Geek how-to on the Valnet template of file b3 (category, excerpt, author and
 * "Published" date, Follow / Like / Thread and share actions, the "Summary" key-points box, the "Quick Links" list that
 * repeats the headings, ad zones, an inline "Related" card, screenshots with credit lines, tags, the empty comments
 * thread, the "Recent" and "Trending" rails, the Valnet footer and the consent dialog) and, from file b2, a MakeUseOf
 * list article on the same template.
 */
const hgTitle = 'How to Find Out Which App Is Using a Port on Windows 11';
const hgExcerpt = 'A web server that refuses to start because its port is taken is easy to fix once you know who is holding it.';
const hgSummary = [
  'Run <code>netstat -ano | findstr :8080</code> in Command Prompt to see the process ID that owns a port.',
  'PowerShell’s Get-NetTCPConnection cmdlet can look up the owning process by name in one line.',
  'Resource Monitor shows the same information in a window, with no commands at all.',
];
const hgIntro = [
  'You start a local web server, a game server, or a database, and it stops immediately with an error saying the address is already ' +
    'in use. Something else on your PC is listening on the same port, and Windows won’t let two programs bind to it at once.',
  'Windows 11 doesn’t show this anywhere obvious, but there are three built-in ways to find out which program it is. None of them require extra software.',
];
const hgH1 = 'Use netstat in Command Prompt';
const hgP1 = [
  'The quickest method is the old netstat command. Open the Start menu, type “cmd,” and open Command Prompt. You don’t need ' +
    'administrator rights just to read the list, though you will need them to stop some processes later.',
  'Type the following command, replacing 8080 with the port you’re interested in, and press Enter:',
];
const hgP2 = [
  'The -a switch lists all connections and listening ports, -n shows numbers instead of names, and -o adds the process ID (PID) in the ' +
    'last column. Piping the result to findstr keeps only the lines that mention your port.',
  'Look for a line that says LISTENING. The number at the far right is the PID. To turn it into a program name, run ' +
    '<code>tasklist /fi "PID eq 14312"</code> with your own number, or open Task Manager, switch to the Details tab, and sort by the PID column.',
];
const hgH2 = 'Use PowerShell’s Get-NetTCPConnection';
const hgP3 = [
  'PowerShell can do the lookup and the name resolution in one go. Open Windows Terminal or PowerShell and paste this line:',
  'The command finds the connection listening on the port, takes its OwningProcess value, and passes it to Get-Process, which prints ' +
    'the program’s name and ID. If nothing comes back, no program is listening on that port over TCP, and you may be dealing with a UDP ' +
    'port instead. In that case, swap Get-NetTCPConnection for Get-NetUDPEndpoint.',
];
const hgH3 = 'Use Resource Monitor';
const hgP4 = [
  'If you prefer not to type commands, Resource Monitor has the same information. Press Windows+R, type <code>resmon</code>, and press ' +
    'Enter. Switch to the Network tab and expand the “Listening Ports” section.',
  'Click the Port column header to sort the list, then scroll to your port number. The Image column shows the program’s file name, and ' +
    'the PID column shows its process ID.',
];
const hgH4 = 'What to Do Once You Know';
const hgP5 = ['What you do next depends on what you found:'];
const hgList = [
  'If it’s a leftover copy of your own server that didn’t shut down cleanly, end it in Task Manager and start again.',
  'If it’s another app you use, such as a chat client or a sync tool, check its settings. Many let you change the port they listen on.',
  'If it’s a Windows service, don’t stop it blindly. Change the port your own program uses instead.',
];
const hgP6 = [
  'Changing your own program’s port is often the least disruptive fix. Most development servers accept a flag such as --port, and picking ' +
    'something above 49152 makes a clash with another program much less likely.',
];
const hgCredit1 = 'Credit: Dorian Akerele / How-To Geek';
const hgRelated = ['How to Open Windows Terminal as an Administrator', 'You can start an elevated terminal from the Start menu in two clicks.'];
const hgNav = ['Desktop', 'Mobile', 'Hardware', 'Internet', 'Smart Home', 'Cutting Edge', 'Reviews', 'Deals'];
const hgTags = ['Windows 11', 'Windows', 'Networking'];
const hgRecent = [
  'The Windows Clipboard Can Do Much More Than You Think',
  'Why Your Wi-Fi Drops When the Microwave Is On',
  'Linux Mint Just Made Updates Less Annoying',
];
const hgTrending = ['Stop Buying USB Hubs Until You Read This', 'I Tried Every Windows Terminal Theme So You Don’t Have To', 'What Is a MAC Address?'];
const fig = (src: string, alt: string, credit: string): string => `<figure class="body-img landscape"><div class="responsive-img image-expandable">
<picture><source media="(min-width: 1024px)" srcset="https://static0.howtogeekimages.example/wordpress/wp-content/uploads/2025/01/${src}.jpg?w=1600">
<img width="1650" height="928" loading="lazy" decoding="async" alt="${alt}" src="https://static0.howtogeekimages.example/${src}.jpg"></picture></div>
<figcaption class="body-img-caption"><span class="credit">${credit}</span></figcaption></figure>`;
const pre = (s: string): string => `<pre class="code-block"><code>${s}</code></pre>`;
const hgBody = `<div class="emaki-custom key-points"><div class="title">Summary</div><div class="custom_block-content key-points"><ul>
${hgSummary.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
${ps(hgIntro)}
<div class="table-container table-of-content-block"><div class="table-header"><span class="table-title">Quick Links</span>
<button class="toc-toggle" type="button" aria-label="Toggle"></button></div><ul class="toc-list">
<li><a href="#use-netstat-in-command-prompt">${hgH1}</a></li><li><a href="#use-powershell-s-get-nettcpconnection">${hgH2}</a></li>
<li><a href="#use-resource-monitor">${hgH3}</a></li><li><a href="#what-to-do-once-you-know">${hgH4}</a></li></ul></div>
${valnetAd('content-1')}
<h2 id="use-netstat-in-command-prompt">${hgH1}</h2>
${ps(hgP1)}
${pre('netstat -ano | findstr :8080')}
${fig('netstat-ano-port', 'Command Prompt showing netstat output with a PID in the last column', hgCredit1)}
${ps(hgP2)}
<div class="emaki-custom-block article-card-block"><div class="display-card article-card-related"><span class="related-title">Related</span>
<div class="display-card-content"><h5 class="display-card-title"><a href="/open-windows-terminal-as-administrator/">${hgRelated[0]}</a></h5>
<p class="display-card-excerpt">${hgRelated[1]}</p></div></div></div>
${valnetAd('content-2')}
<h2 id="use-powershell-s-get-nettcpconnection">${hgH2}</h2>
${ps(hgP3.slice(0, 1))}
${pre('Get-Process -Id (Get-NetTCPConnection -LocalPort 8080 -State Listen).OwningProcess')}
${ps(hgP3.slice(1))}
<h2 id="use-resource-monitor">${hgH3}</h2>
${ps(hgP4)}
${fig('resource-monitor-listening-ports', 'Resource Monitor with the Listening Ports section expanded', hgCredit1)}
${valnetAd('content-3')}
<h2 id="what-to-do-once-you-know">${hgH4}</h2>
${ps(hgP5)}
<ul>${hgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(hgP6)}`;
const hgHtml = valnetPage({
  site: 'How-To Geek',
  host: 'howtogeek.com',
  nav: hgNav,
  category: 'Windows',
  title: hgTitle,
  excerpt: hgExcerpt,
  author: 'Dorian Akerele',
  authorSlug: 'dorian-akerele',
  published: 'Jan 11, 2025',
  iso: '2025-01-11T15:30:12Z',
  hero: fig('port-in-use-hero', 'A Windows 11 laptop with a port number on the screen', 'Lucy Ferreira / How-To Geek'),
  body: hgBody,
  tags: hgTags,
  recent: hgRecent,
  trending: hgTrending,
});
const howToGeek: TestPage = {
  html: hgHtml,
  name: 'heldout193-howtogeek-howto',
  kind: 'blog',
  // the excerpt under the h1 and the "Summary" key points are body; the "Quick Links" entries repeat the headings and are
  // left out; screenshot credits, the inline "Related" card, tags, rails and the shared Valnet furniture are furniture
  title: hgTitle,
  headings: [hgH1, hgH2, hgH3, hgH4],
  body: texts([hgExcerpt, ...hgSummary, ...hgIntro, ...hgP1, ...hgP2, ...hgP3, ...hgP4, ...hgP5, ...hgList, ...hgP6]),
  bylines: ['Dorian Akerele', 'Published Jan 11, 2025'],
  furniture: uniq([
    ...hgNav,
    'Newsletter',
    'Sign in',
    ...valnetAccount('How-To Geek'),
    'Windows',
    ...valnetActions,
    ...valnetShare,
    'Lucy Ferreira / How-To Geek',
    'Summary',
    'Quick Links',
    hgCredit1,
    'Related',
    ...hgRelated,
    ...hgTags.filter((t) => t !== 'Windows'),
    ...valnetThread,
    'Recent',
    ...hgRecent,
    'Trending',
    ...hgTrending,
    ...valnetFoot,
    ...valnetFoot2,
    'How-To Geek is part of the Valnet Publishing Group',
    valnetCopy,
    ...valnetConsent,
  ]),
};

export const HELDOUT193_B: readonly TestPage[] = [howToGeek, makeUseOf];
