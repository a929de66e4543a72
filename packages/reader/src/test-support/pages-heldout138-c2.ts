import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 138, file c2: a Terraform CLI documentation page on developer.hashicorp.com as the Next.js app saves it
 * (skip link, the product header with its menus and "Sign in"/"Sign up", the sidebar with "Back to Terraform" and the
 * filter box, breadcrumbs, the version switcher, the "Hands-on" tutorial pointer at the top of the text, a Note alert, code
 * blocks with copy buttons, an options table, the "On this page" sidecar with its resources list, the feedback box, "Edit
 * this page on GitHub", the footer and the cookie consent banner).
 */
const tfTitle = 'Use refresh-only mode to sync Terraform state';
const tfHands = 'Hands-on: Try the Manage Resource Drift tutorial.';
const tfP1 = [
  'Terraform compares your configuration with its state file to decide what to change. The state, in turn, is only as accurate ' +
    'as the last time Terraform read the real infrastructure. When someone edits a resource outside of Terraform, for example by ' +
    'resizing a virtual machine in a cloud console, the state and the real world drift apart.',
  'Refresh-only mode lets you see that drift and record it in state without changing any infrastructure. It is the safe way to ' +
    'answer the question “what has changed since the last apply?”',
];
const tfH1 = 'How refresh-only mode works';
const tfP2 = [
  'A normal plan does two things. It refreshes state by reading every managed object from its provider, and then proposes ' +
    'actions that would make the infrastructure match your configuration. A refresh-only plan stops after the first step. ' +
    'Instead of proposing changes to resources, it proposes changes to the state file so that it matches what the providers reported.',
  'Because nothing outside Terraform is modified, you can run a refresh-only plan at any time, including against production, ' +
    'without scheduling a change window.',
];
const tfH2 = 'Review drift';
const tfP3 = ['Run the <code>terraform plan</code> command with the <code>-refresh-only</code> flag:'];
const tfP4 = [
  'Terraform lists each object that differs from what it recorded, under the heading <code>Objects have changed outside of ' +
    'Terraform</code>. Each entry shows the old and new values of the attributes that moved. If nothing has changed, Terraform ' +
    'reports that no changes were detected and exits.',
];
const tfNote =
  '<strong>Note</strong>: A refresh-only plan does not check whether your configuration still matches the infrastructure. After ' +
  'you accept the drift into state, a normal plan may propose changes that undo it.';
const tfH3 = 'Accept drift into state';
const tfP5 = ['When the changes are expected, apply them to the state file:'];
const tfP6 = [
  'Terraform shows the same report and asks for confirmation before it writes the new state. Once you confirm, the state file ' +
    'reflects the real infrastructure and later plans start from accurate data.',
  'You then have two choices for each drifted resource:',
];
const tfList = [
  'Update your configuration to match the new values, so that the next normal plan shows no changes.',
  'Leave the configuration as it is, and let the next normal apply put the resource back the way the configuration describes it.',
];
const tfH4 = 'Options';
const tfP7 = ['The following options are the ones most often combined with refresh-only mode:'];
const tfTable = [
  ['<code>-refresh-only</code>', 'Plan or apply changes to state only, leaving infrastructure untouched.'],
  ['<code>-target=ADDRESS</code>', 'Limit the refresh to one resource and the objects it depends on.'],
  ['<code>-var-file=FILENAME</code>', 'Load variable values that the providers need in order to connect.'],
];
const tfH5 = 'Replace the deprecated refresh command';
const tfP8 = [
  'Earlier versions of Terraform offered a separate <code>terraform refresh</code> command. It performs the same refresh but ' +
    'writes the result to state straight away, without showing you the changes or asking for approval. The command still works ' +
    'as an alias for <code>terraform apply -refresh-only -auto-approve</code>, but we recommend the plan and apply flags ' +
    'described on this page so that you always review drift before you accept it.',
];
const tfNav = ['Install', 'Tutorials', 'Documentation', 'Registry', 'Try Cloud'];
const tfSide = ['Overview', 'Basic CLI Features', 'Initializing Working Directories'];
const tfSideProv = ['Overview of provisioning', 'terraform plan', 'terraform apply', 'terraform destroy'];
const tfSideTail = ['Authenticating', 'Writing and Modifying Code', 'Inspecting Infrastructure', 'Importing Infrastructure', 'Manipulating State'];
const tfSideTail2 = ['Managing Workspaces', 'Managing Plugins', 'CLI Configuration', 'Using HCP Terraform', 'Automating Terraform'];
const tfCrumbs = ['Developer', 'Terraform', 'Terraform CLI', 'Provisioning Infrastructure', 'Refresh-only mode'];
const tfResources = ['Tutorial Library', 'Certifications', 'Community Forum', 'Support', 'GitHub', 'Terraform Registry'];
const tfFoot = ['Give Feedback', 'System Status', 'Terms of Use', 'Security', 'Privacy', 'Trademark Policy', 'Trade Controls', 'Cookie Manager'];
const tfCookie =
  'We use cookies and similar technologies to collect data that helps us improve your experience on our site, as described ' +
  'in our Privacy Policy and Cookie Policy.';
const tfSideLi = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li class="sidebar-nav-item_root__v2X1b"><a class="sidebar-nav-menu-item_root__q8dM3" href="/terraform/cli/${t.length}">
<span class="sidebar-nav-menu-item_text__Kd2pZ">${t}</span></a></li>`,
    )
    .join('\n');
const tfH = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2 class="heading_heading__TZp5g heading_h2__vCgnB" id="${id}"><a aria-label="${t} permalink" class="mdx-permalink" href="#${id}"></a>${t}</h2>`;
};
const tfPs = (a: readonly string[]): string => a.map((p) => `<p class="paragraph_paragraph__p4Hti">${p}</p>`).join('\n');
const tfCode = (code: string): string => `<div class="code-block_root__tE3G2"><div class="code-block_content__Cq2sF"><pre class="code-block_pre__Rt4Tb
language-shell-session"><code><span class="token command"><span class="token shell-symbol important">$</span> <span class="token bash
language-bash">${code}</span>
</span></code></pre><button class="copy-button_root__Fz9nQ" aria-label="Copy"><span class="copy-button_text__5cbHv">Copy</span></button></div></div>`;
const tfHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Use refresh-only mode to sync Terraform state | Terraform | HashiCorp Developer</title>
<meta name="description" content="Refresh-only mode updates Terraform state to match changes made outside of Terraform, without modifying infrastructure."/>
<meta property="og:title" content="Use refresh-only mode to sync Terraform state | Terraform | HashiCorp Developer"/><meta property="og:site_name"
content="HashiCorp Developer"/>
<link rel="canonical" href="https://developer.hashicorp.com/terraform/cli/commands/plan/refresh-only"/><meta name="next-head-count" content="22"/>
<link rel="preload" href="/_next/static/css/5e4f3a2c9b1d8e07.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5e4f3a2c9b1d8e07.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-1f9a7c3e2b4d6a80.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9c0e4b2a7f1d3e56.js"
defer=""></script>
</head><body><div id="__next"><div class="base-layout_root__Vl7Mf"><a class="skip-to-main-content_root__Kj0aS" href="#main">Skip to main content</a>
<header class="navigation-header_root__Sk3yV"><div class="navigation-header_leftSide__Xo2pa"><a aria-label="HashiCorp Developer"
class="navigation-header_homeLink__v1VmP"
href="/"><svg width="24" height="24" viewBox="0 0 24 24"></svg></a><div class="product-page-content_productLogo__aB3cD"><a href="/terraform"
aria-label="Terraform home"><svg width="120" height="24"></svg></a></div><nav aria-label="Main" class="navigation-header_nav__dL0aK">
<ul class="navigation-header_navList__Iu7zX">${tfNav
  .map(
    (t) => `<li><a class="nav-item_root__Hc0Tb"
href="/terraform/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul></nav></div>
<div class="navigation-header_rightSide__Yq8fE"><button class="search-button_root__ZE4gY" type="button"><span class="search-button_text__q3HsP">Search</span>
<kbd class="search-button_kbd__aB1Zx">⌘K</kbd></button><a class="button_root__Cm8tC button_secondary__qDsN9" href="/sign-up">Sign up</a>
<a class="button_root__Cm8tC button_primary__sT9vW" href="/sign-in">Sign in</a></div></header>
<div class="sidebar-sidecar-layout_root__pQ7rT"><div class="sidebar-sidecar-layout_sidebar__Jd9oK"><div class="sidebar_root__f8Ewh"><nav aria-label="Sidebar">
<a class="sidebar-back-to-link_root__g2Hkl" href="/terraform">← Back to Terraform</a><div class="sidebar-filter-input_root__k5PqW">
<label class="visually-hidden" for="sidebar-filter">Filter sidebar</label><input id="sidebar-filter" placeholder="Filter" type="text"/></div>
<h2 class="sidebar-title_root__mY3xN">Terraform CLI</h2><ul class="sidebar-nav-list_root__Ra2cV">${tfSideLi(tfSide)}
<li class="sidebar-nav-item_root__v2X1b"><button aria-expanded="true" class="sidebar-nav-menu-item_root__q8dM3"><span>Provisioning
Infrastructure</span></button>
<ul>${tfSideLi(tfSideProv)}<li><a aria-current="page" href="/terraform/cli/commands/plan/refresh-only"><span>Refresh-only mode</span></a></li></ul></li>
${tfSideLi(tfSideTail)}${tfSideLi(tfSideTail2)}</ul></nav></div></div>
<main id="main" class="sidebar-sidecar-layout_main__wN4cR"><nav aria-label="Breadcrumb" class="breadcrumb-bar_root__sX5aQ"><ol
class="breadcrumb-bar_listRoot__Pq1kB">
${tfCrumbs
  .map(
    (t, i) =>
      `<li class="breadcrumb-bar_listItem__Ye1oG">${
        i === tfCrumbs.length - 1
          ? `<span aria-current="page">${t}</span>`
          : `<a
href="/${t.length}">${t}</a>`
      }</li>`,
  )
  .join('')}
</ol></nav><div class="version-switcher_root__n3KpA"><label for="version-select" class="visually-hidden">Choose a version</label>
<select id="version-select"><option value="latest" selected="">Terraform v1.13.x (latest)</option><option value="v1.12.x">Terraform v1.12.x</option>
<option value="v1.11.x">Terraform v1.11.x</option></select></div><div class="dev-dot-content_root__cE1xO">
<h1 class="heading_heading__TZp5g heading_h1__nL4mF" id="page-heading">${tfTitle}</h1>
<div class="inline-alert_root__yX7aB inline-alert_highlight__e4Kp2" role="note"><p class="paragraph_paragraph__p4Hti"><strong>Hands-on:</strong> Try the
<a href="/terraform/tutorials/state/resource-drift">Manage Resource Drift</a> tutorial.</p></div>
${tfPs(tfP1)}
${tfH(tfH1)}
${tfPs(tfP2)}
${tfH(tfH2)}
${tfPs(tfP3)}
${tfCode('terraform plan -refresh-only')}
${tfPs(tfP4)}
<div class="inline-alert_root__yX7aB inline-alert_neutral__Lk2mA" role="note">${tfPs([tfNote])}</div>
${tfH(tfH3)}
${tfPs(tfP5)}
${tfCode('terraform apply -refresh-only')}
${tfPs(tfP6)}
<ol>${tfList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${tfH(tfH4)}
${tfPs(tfP7)}
<div class="table_root__H6rVu"><table><thead><tr><th>Option</th><th>Description</th></tr></thead><tbody>
${tfTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>
${tfH(tfH5)}
${tfPs(tfP8)}
</div><div class="page-feedback_root__N8hTq"><p class="page-feedback_question__Hs2pW">Was this page helpful?</p><button type="button">Yes</button>
<button type="button">No</button></div><a class="edit-on-github_root__wP4jQ"
href="https://github.com/hashicorp/web-unified-docs/blob/main/content/terraform/v1.13.x/docs/cli/commands/plan/refresh-only.mdx">
Edit this page on GitHub</a></main>
<aside class="sidebar-sidecar-layout_sidecar__Bm2sR"><div class="table-of-contents_root__f4CoX"><p class="table-of-contents_title__Rn7sE">On this page:</p><ol>
<li><a href="#">${tfTitle}</a></li>${[tfH1, tfH2, tfH3, tfH4, tfH5].map((t) => `<li><a href="#${t.length}">${t}</a></li>`).join('')}</ol></div>
<div class="sidecar-resources_root__kC9mW"><p class="sidecar-resources_title__Cm3eP">Resources</p><ul>
${tfResources.map((t) => `<li><a href="https://www.hashicorp.com/${t.length}">${t}</a></li>`).join('')}</ul></div></aside></div>
<footer class="footer_root__tB5oQ"><ul class="footer_links__z0Wd4">${tfFoot
  .map(
    (t) => `<li><a
href="https://www.hashicorp.com/${t.length}">${t}</a></li>`,
  )
  .join('')}</ul>
<p class="footer_copyright__fQ2kL">© HashiCorp, an IBM Company 2025</p></footer></div>
<div class="consent-manager_root__aD4sF" role="dialog" aria-label="Cookie consent"><p>${tfCookie}</p><div class="consent-manager_buttons__bL8eZ">
<button type="button">Manage Preferences</button><button type="button">Accept</button></div></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"metadata":{"title":"${tfTitle}"},"versions":["v1.13.x"]}},"page":"/terraform/cli/[...page]"}</script>
</body></html>`;
export const terraformDocs: TestPage = {
  html: tfHtml,
  name: 'heldout138-terraform-docs-page',
  kind: 'docs',
  // the "Hands-on" tutorial pointer above the text is a cross-promotion: furniture; the Note alert is body with its label;
  // table data cells are body; code blocks are in neither list; "On this page" entries that repeat gold are left out
  title: tfTitle,
  headings: [tfH1, tfH2, tfH3, tfH4, tfH5],
  body: texts([...tfP1, ...tfP2, ...tfP3, ...tfP4, tfNote, ...tfP5, ...tfP6, ...tfList, ...tfP7, ...tfTable.flat(), ...tfP8]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tfNav, 'Search', '⌘K', 'Sign up', 'Sign in', '← Back to Terraform', 'Filter sidebar', 'Terraform CLI', ...tfSide,
    'Provisioning Infrastructure', ...tfSideProv, ...tfSideTail, ...tfSideTail2, ...tfCrumbs, 'Choose a version', 'Terraform v1.13.x (latest)',
    'Terraform v1.12.x', 'Terraform v1.11.x', tfHands, 'Copy', 'Was this page helpful?', 'Yes', 'No', 'Edit this page on GitHub', 'On this page:',
    'Resources', ...tfResources, ...tfFoot, '© HashiCorp, an IBM Company 2025', tfCookie, 'Manage Preferences', 'Accept',
  ],
};
