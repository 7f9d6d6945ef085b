<?php
// Runs the WordPress recipe plugin on WordPress's own code (wp-includes from Debian's wordpress package, path
// in WP_INCLUDES): real hooks, shortcode parser and escaping (esc_attr, esc_url with kses' protocol checks).
// The few functions below stand in for what needs a database or a web server, and say so.
// Input (stdin, JSON): {"shortcodes": ["[teams_meeting_join …]", …], "blocks": [{attrs}, …]}
// Output (stdout, JSON): {"shortcodes": [html…], "blocks": [html…], "enqueued": [[handle, url]…], "scriptTag": "…"}
define('ABSPATH', rtrim(getenv('WP_ROOT'), '/') . '/');
define('WPINC', 'wp-includes');

// Stand-ins (no database, no request): options, plugin URLs and the script queue.
$GLOBALS['tmj_enqueued'] = array();
function get_option($name, $default = false) { return 'blog_charset' === $name ? 'UTF-8' : $default; }
function plugins_url($path = '', $plugin = '') { return 'https://example.test/wp-content/plugins/teams-meeting-join/' . ltrim($path, '/'); }
function wp_enqueue_script($handle, $src = '', $deps = array(), $ver = false, $args = array()) { $GLOBALS['tmj_enqueued'][] = array($handle, $src); }
function is_admin() { return false; }
function wp_load_alloptions() { return array('blog_charset' => 'UTF-8'); }

require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/shortcodes.php';
if (!function_exists('wp_allowed_protocols')) {
	// functions.php's list (it needs the whole bootstrap to load): the same protocols WordPress 6.1 allows.
	function wp_allowed_protocols() { return array('http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn'); }
}

require getenv('PLUGIN_FILE');
do_action('init');

$input = json_decode(stream_get_contents(STDIN), true);
$block = json_decode(file_get_contents(dirname(getenv('PLUGIN_FILE')) . '/block/block.json'), true);
$out   = array('shortcodes' => array(), 'blocks' => array());
foreach ($input['shortcodes'] as $code) {
	$out['shortcodes'][] = do_shortcode($code);
}
foreach ($input['blocks'] as $attrs) {
	// What WordPress does before render_callback: block.json defaults under the saved attributes.
	$defaults = array();
	foreach ($block['attributes'] as $name => $spec) {
		if (array_key_exists('default', $spec)) $defaults[$name] = $spec['default'];
	}
	$out['blocks'][] = teams_meeting_join_render(array_merge($defaults, $attrs));
}
$out['enqueued']  = $GLOBALS['tmj_enqueued'];
$out['scriptTag'] = apply_filters('script_loader_tag', "<script src='x.js' id='teams-meeting-join-js'></script>", 'teams-meeting-join', 'x.js');
echo json_encode($out);
