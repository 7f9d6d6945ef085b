<?php
/**
 * Plugin Name:       Teams Meeting Join
 * Description:       Lets visitors join a Microsoft Teams meeting from a page: the [teams_meeting_join] shortcode and the "Teams meeting" block render the <teams-meeting-join> web component with attributes only.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       teams-meeting-join
 *
 * Install: copy this folder to wp-content/plugins/, copy the npm package's cdn/ folder into it as cdn/
 * (or set the script URL with the `teams_meeting_join_script_url` filter), activate it, then write
 * [teams_meeting_join meeting_link="https://teams.microsoft.com/l/meetup-join/…" token_url="/wp-json/…/token"]
 * or insert the "Teams meeting" block. The token endpoint is yours (see the package's demo/token-server-example/).
 */

if (!defined('ABSPATH')) {
	exit;
}

/**
 * The element's attributes this plugin sets, by shortcode/block name: [HTML attribute, kind].
 * kind: 'url' (https or a site path; anything else is dropped), 'text', 'enum:<a>|<b>', 'bool' (present when true).
 */
function teams_meeting_join_attribute_map() {
	return array(
		// Not filtered here: the widget validates meeting links itself and names what is wrong (a javascript: or
		// non-Teams link gets its own localized message); esc_attr keeps any value inside the attribute.
		'meeting_link'       => array('meeting-link', 'text'),
		'meeting_id'         => array('meeting-id', 'text'),
		'passcode'           => array('passcode', 'text'),
		'display_name'       => array('display-name', 'text'),
		'token_url'          => array('token-url', 'url'),
		'acs_endpoint'       => array('acs-endpoint', 'url'),
		'privacy_policy_url' => array('privacy-policy-url', 'url'),
		'lang'               => array('lang', 'text'),
		'theme'              => array('theme', 'enum:light|dark|auto'),
		'no_chat'            => array('no-chat', 'bool'),
		'no_video'           => array('no-video', 'bool'),
		'no_screen_share'    => array('no-screen-share', 'bool'),
	);
}

/** Block attributes are camelCase (meetingLink); shortcode attributes are snake_case (meeting_link). */
function teams_meeting_join_snake($name) {
	return strtolower(preg_replace('/([a-z])([A-Z])/', '$1_$2', $name));
}

/** "true", "1", "yes", "on" and a bare true are true; everything else (including "false" and "0") is false. */
function teams_meeting_join_truthy($value) {
	if (is_bool($value)) {
		return $value;
	}
	return in_array(strtolower(trim((string) $value)), array('1', 'true', 'yes', 'on'), true);
}

/**
 * The element's HTML for a set of attributes (from a shortcode or a block). Every value is escaped for an
 * attribute; URLs must be https (or a path on this site): a javascript:, data: or http: URL is dropped, and
 * the widget then shows its own localized configuration error instead of a blank box. Meeting links pass
 * through escaped, for the widget to check and explain.
 *
 * @param array $input Attribute values by shortcode or block name.
 * @return string
 */
function teams_meeting_join_render(array $input) {
	$html_attrs = array();
	$map        = teams_meeting_join_attribute_map();
	$values     = array();
	foreach ($input as $name => $value) {
		$key = teams_meeting_join_snake((string) $name);
		if (isset($map[$key]) && (is_scalar($value) || is_bool($value))) {
			$values[$key] = $value;
		}
	}
	foreach ($map as $key => $spec) {
		if (!array_key_exists($key, $values)) {
			continue;
		}
		list($attr, $kind) = $spec;
		$value = $values[$key];
		if ('bool' === $kind) {
			if (teams_meeting_join_truthy($value)) {
				$html_attrs[] = $attr;
			}
			continue;
		}
		$value = trim((string) $value);
		if ('' === $value) {
			continue;
		}
		if ('url' === $kind) {
			// A site path stays a path; anything else must be an https URL. esc_url also strips what no URL may hold.
			// (esc_url alone keeps a protocol-relative //other.host/…, which is neither.)
			$is_path  = '/' === $value[0] && (strlen($value) < 2 || ('/' !== $value[1] && '\\' !== $value[1]));
			$is_https = 0 === stripos($value, 'https://');
			if (!$is_path && !$is_https) {
				continue;
			}
			$value = esc_url($value, array('http', 'https'));
			if ('' === $value) {
				continue;
			}
		} elseif (0 === strpos($kind, 'enum:')) {
			if (!in_array($value, explode('|', substr($kind, 5)), true)) {
				continue;
			}
		}
		$html_attrs[] = $attr . '="' . esc_attr($value) . '"';
	}
	$height = isset($input['height']) ? (int) $input['height'] : 560;
	$height = max(320, min(1200, $height));

	teams_meeting_join_enqueue();
	return '<teams-meeting-join ' . implode(' ', $html_attrs) . ' style="display:block;height:' . $height . 'px"></teams-meeting-join>';
}

/** The pasted script, as a module, once per page. */
function teams_meeting_join_enqueue() {
	$url = apply_filters('teams_meeting_join_script_url', plugins_url('cdn/teams-meeting-join.js', __FILE__));
	wp_enqueue_script('teams-meeting-join', $url, array(), '0.1.0', array('in_footer' => true));
}

/** Marks the script as an ES module (WordPress 6.1 prints classic scripts). */
function teams_meeting_join_module_tag($tag, $handle) {
	if ('teams-meeting-join' !== $handle || false !== strpos($tag, 'type="module"')) {
		return $tag;
	}
	return str_replace('<script ', '<script type="module" ', $tag);
}

/** [teams_meeting_join meeting_link="…" token_url="…" theme="dark" no_chat="true" height="600"] */
function teams_meeting_join_shortcode($atts) {
	$defaults = array_fill_keys(array_keys(teams_meeting_join_attribute_map()), null);
	$defaults['height'] = 560;
	$atts = shortcode_atts($defaults, is_array($atts) ? $atts : array(), 'teams_meeting_join');
	return teams_meeting_join_render(array_filter($atts, function ($v) { return null !== $v; }));
}

function teams_meeting_join_init() {
	add_shortcode('teams_meeting_join', 'teams_meeting_join_shortcode');
	if (function_exists('register_block_type')) {
		register_block_type(__DIR__ . '/block', array('render_callback' => 'teams_meeting_join_render'));
	}
}

add_action('init', 'teams_meeting_join_init');
add_filter('script_loader_tag', 'teams_meeting_join_module_tag', 10, 2);
