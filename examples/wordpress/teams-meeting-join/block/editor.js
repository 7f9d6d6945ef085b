// The block's editor UI, plain JavaScript on WordPress's globals (no build step): a settings panel for the
// attributes and a server-side preview of what the page will render. The front end is rendered by PHP
// (teams_meeting_join_render), so the page gets attributes only.
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, SelectControl, ToggleControl, RangeControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  const text = (label, key, help) => ({ attributes, setAttributes }) =>
    h(TextControl, { label, help, value: attributes[key], onChange: (v) => setAttributes({ [key]: v }) });
  const toggle = (label, key) => ({ attributes, setAttributes }) =>
    h(ToggleControl, { label, checked: !!attributes[key], onChange: (v) => setAttributes({ [key]: v }) });

  const controls = [
    text(__('Teams meeting link', 'teams-meeting-join'), 'meetingLink', __('https://teams.microsoft.com/l/meetup-join/… or /meet/…', 'teams-meeting-join')),
    text(__('Meeting ID (instead of a link)', 'teams-meeting-join'), 'meetingId'),
    text(__('Passcode', 'teams-meeting-join'), 'passcode'),
    text(__('Token URL', 'teams-meeting-join'), 'tokenUrl', __('Your endpoint that returns {token, expiresOn}', 'teams-meeting-join')),
    text(__('Privacy policy URL', 'teams-meeting-join'), 'privacyPolicyUrl'),
    text(__('Language (en, fr, de…)', 'teams-meeting-join'), 'lang'),
    toggle(__('No chat', 'teams-meeting-join'), 'noChat'),
    toggle(__('Audio only (no video)', 'teams-meeting-join'), 'noVideo'),
    toggle(__('No screen sharing', 'teams-meeting-join'), 'noScreenShare'),
  ];

  registerBlockType('teams-meeting-join/meeting', {
    edit(props) {
      const { attributes, setAttributes } = props;
      return h(
        Fragment,
        null,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Meeting', 'teams-meeting-join') },
            ...controls.map((c) => c(props)),
            h(SelectControl, {
              label: __('Theme', 'teams-meeting-join'),
              value: attributes.theme,
              options: ['light', 'dark', 'auto'].map((v) => ({ label: v, value: v })),
              onChange: (v) => setAttributes({ theme: v }),
            }),
            h(RangeControl, { label: __('Height (px)', 'teams-meeting-join'), min: 320, max: 1200, value: attributes.height, onChange: (v) => setAttributes({ height: v }) }),
          ),
        ),
        h('div', useBlockProps(), h(ServerSideRender, { block: 'teams-meeting-join/meeting', attributes })),
      );
    },
    save: () => null,
  });
})(window.wp);
