using Scriban.Syntax;

namespace Clausier.Templating;

/// <summary>Lists the variables and functions a template folder uses, for legal teams checking their edits.</summary>
public static class TemplateInspector
{
    /// <summary>Sorted names of variables (with member paths such as <c>tender.reference</c>) and of called functions.</summary>
    public static (IReadOnlyList<string> Variables, IReadOnlyList<string> Functions) Inspect(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        var functions = new SortedSet<string>(StringComparer.Ordinal);

        // The set's own parse: reading the folder again would bypass the bounds it was loaded within.
        foreach (var template in templates.ByFullPath.Values)
        {
            if (template.Page is not null)
            {
                Walk(template.Page, variables, functions);
            }
        }

        return ([.. variables], [.. functions]);
    }

    private static void Walk(ScriptNode node, SortedSet<string> variables, SortedSet<string> functions)
    {
        switch (node)
        {
            case ScriptFunctionCall call:
                functions.Add(call.Target?.ToString() ?? "");
                break;
            case ScriptPipeCall pipe when pipe.To is ScriptVariable or ScriptMemberExpression:
                functions.Add(pipe.To!.ToString());
                break;
            case ScriptMemberExpression member when member.Parent is not ScriptMemberExpression:
                variables.Add(member.ToString());
                return;
            case ScriptVariableGlobal global when node.Parent is not ScriptFunctionCall { Target: var t } || t != node:
                variables.Add(global.Name);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Walk(child, variables, functions);
            }
        }
    }
}
