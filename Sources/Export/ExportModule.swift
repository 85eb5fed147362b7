/// Exporters of the graph; filled in by the export work.
public enum ExportModule {}
