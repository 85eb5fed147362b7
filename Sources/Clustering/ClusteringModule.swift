/// Clustering of short texts; filled in by the clustering work.
public enum ClusteringModule {}
