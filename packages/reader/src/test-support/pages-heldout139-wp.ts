/**
 * Held-out batch 139, file wp: the English Wikipedia menus, footer links and copyright line shared by the two desktop
 * Wikipedia pages of file a.
 */
export const EN_NAVIGATION = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const EN_CONTRIBUTE = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
export const EN_FOOTER = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
export const EN_COPYRIGHT = `Text is available under the <a rel="nofollow" class="external text"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike
4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms
of Use</a> and <a class="external text" href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered
trademark of
the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.`;
