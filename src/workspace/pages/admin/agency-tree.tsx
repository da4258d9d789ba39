import { Alert, Tree } from "antd";
import type { DataNode } from "antd/es/tree/index.js";
import { useEffect, useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import type { AgencyNode } from "./admin-types.ts";

function toData(node: AgencyNode): DataNode {
  return {
    key: node.id,
    title: `${node.name}（${node.levelLabel}）`,
    isLeaf: node.childCount === 0,
    children: node.children?.map(toData),
  };
}

function attach(nodes: DataNode[], key: string, children: DataNode[]): DataNode[] {
  return nodes.map((n) =>
    n.key === key
      ? { ...n, children }
      : n.children
        ? { ...n, children: attach(n.children, key, children) }
        : n,
  );
}

/**
 * The agencies the user may manage, from its own agency down; children load when a node opens
 * (`GET /api/agencies/tree?root=…&depth=1`), so a province's thousands of agencies never load at once.
 */
export function AgencyTree({ selected, onSelect }: { selected: string; onSelect: (id: string) => void }) {
  const [nodes, setNodes] = useState<DataNode[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    api
      .get<AgencyNode>("/api/agencies/tree", { depth: 1 })
      .then((root) => setNodes([toData(root)]), setFailure);
  }, []);
  const loadData = async (node: DataNode) => {
    if (node.children) return;
    const sub = await api.get<AgencyNode>("/api/agencies/tree", { root: String(node.key), depth: 1 });
    setNodes((all) => attach(all, String(node.key), (sub.children ?? []).map(toData)));
  };
  if (failure) return <Alert type="error" showIcon title={errorMessage(failure)} />;
  // Drawn once the root is here, so that it opens unfolded on its direct subordinates.
  if (nodes.length === 0) return null;
  return (
    <nav aria-label="机构树">
      <Tree
        treeData={nodes}
        loadData={loadData}
        selectedKeys={[selected]}
        defaultExpandedKeys={[selected]}
        onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
      />
    </nav>
  );
}
