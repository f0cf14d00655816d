import { KIND_SPECS, type DesignNode, type LeafParam, type ParamSpecs } from '../../model';
import { readParam } from '../../store';
import { ChoiceField, NumberField, ToggleField } from './fields';

function LeafField({ nodeId, path, spec, value }: { nodeId: string; path: string; spec: LeafParam; value: unknown }) {
  switch (spec.type) {
    case 'number': return <NumberField nodeId={nodeId} path={path} spec={spec} value={value} />;
    case 'choice': return <ChoiceField nodeId={nodeId} path={path} spec={spec} value={value} />;
    case 'toggle': return <ToggleField nodeId={nodeId} path={path} spec={spec} value={value} />;
  }
}

/** Every parameter of a node, with the widget its spec calls for; groups become fieldsets. */
export function ParamForm({ node }: { node: DesignNode }) {
  const specs: ParamSpecs = KIND_SPECS[node.kind].params;
  return (
    <div className="param-form">
      {Object.entries(specs).map(([key, spec]) => {
        if (spec.type !== 'group') {
          return <LeafField key={key} nodeId={node.id} path={key} spec={spec} value={readParam(node.params, key)} />;
        }
        return (
          <fieldset key={key} className="param-group" data-testid={`param-${key}`}>
            <legend className="param-group__legend" title={spec.help}>{spec.label}</legend>
            <p className="field__help">{spec.help}</p>
            {Object.entries(spec.fields as Record<string, LeafParam>).map(([fieldKey, field]) => (
              <LeafField key={fieldKey} nodeId={node.id} path={`${key}.${fieldKey}`} spec={field} value={readParam(node.params, `${key}.${fieldKey}`)} />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
