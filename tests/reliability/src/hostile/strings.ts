/**
 * Strings an attacker, or an unlucky import, puts into a profile. Every injected element carries
 * `data-injected`, so a test can prove none of them ever became an element.
 */
export const hostileStrings: readonly string[] = [
  '<script data-injected>alert(1)</script>',
  '<img src=x onerror="alert(1)" data-injected>',
  '"><svg onload=alert(1) data-injected>',
  "'><iframe src=javascript:alert(1) data-injected></iframe>",
  '<a href="javascript:alert(1)" data-injected>click me</a>',
  '</textarea><b data-injected>escaped the textarea</b>',
  '<style data-injected>*{display:none}</style>',
  '&lt;b&gt;already escaped&lt;/b&gt; &amp; &#60;',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
  'javascript:alert(document.cookie)',
  "Robert'); DROP TABLE users;--",
  '\u202Eevil\u202C right-to-left override',
  'NUL \u0000 inside',
  'line\r\nSet-Cookie: injected=1',
];
